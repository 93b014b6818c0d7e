package io.hubrota.demo;

import java.util.List;

/**
 * Real Northumberland towns and villages, at approximate coordinates (WGS84, town centres), with a plausible list size
 * for a practice there. The county had 36 practices on 61 sites with 333,900 patients in 2023 (Northumberland
 * Gazette, see docs/domain.md); the practice names here are generic, not the real practices.
 */
final class NorthumberlandMap {

    /** A hub town: code used in shift ids, and the town. */
    record HubTown(String code, Place place) {
    }

    /** A practice site with a typical list size before the generator's random variation. */
    record PracticeSite(Place place, int typicalListSize) {
    }

    static final List<HubTown> HUB_TOWNS = List.of(
            new HubTown("ALN", new Place("Alnwick", 55.4134, -1.7063)),
            new HubTown("BER", new Place("Berwick-upon-Tweed", 55.7705, -2.0070)),
            new HubTown("HEX", new Place("Hexham", 54.9715, -2.1008)),
            new HubTown("MOR", new Place("Morpeth", 55.1675, -1.6880)),
            new HubTown("BLY", new Place("Blyth", 55.1270, -1.5085)),
            new HubTown("CRA", new Place("Cramlington", 55.0863, -1.5854)),
            new HubTown("ASH", new Place("Ashington", 55.1810, -1.5680)));

    /** 36 practices: the market towns and the south-east coalfield towns carry most of the population. */
    static final List<PracticeSite> PRACTICE_SITES = List.of(
            site("Alnwick", 55.4134, -1.7063, 17_500),
            site("Amble", 55.3336, -1.5829, 7_800),
            site("Rothbury", 55.3096, -1.9103, 4_600),
            site("Warkworth", 55.3467, -1.6117, 3_200),
            site("Longhoughton", 55.4318, -1.6163, 3_000),
            site("Felton", 55.2989, -1.7105, 3_400),
            site("Seahouses", 55.5813, -1.6558, 3_800),
            site("Belford", 55.5964, -1.8275, 3_900),
            site("Wooler", 55.5464, -2.0118, 4_200),
            site("Berwick-upon-Tweed", 55.7705, -2.0070, 13_900),
            site("Norham", 55.7197, -2.1641, 2_600),
            site("Hexham", 54.9715, -2.1008, 16_800),
            site("Corbridge", 54.9746, -2.0182, 6_400),
            site("Haltwhistle", 54.9703, -2.4578, 4_700),
            site("Haydon Bridge", 54.9755, -2.2447, 3_600),
            site("Bellingham", 55.1441, -2.2545, 2_800),
            site("Allendale", 54.9004, -2.2550, 2_500),
            site("Humshaugh", 55.0400, -2.1320, 2_300),
            site("Prudhoe", 54.9613, -1.8528, 11_200),
            site("Stocksfield", 54.9465, -1.9084, 5_200),
            site("Wylam", 54.9770, -1.8180, 3_600),
            site("Ponteland", 55.0480, -1.7400, 9_800),
            site("Morpeth", 55.1675, -1.6880, 15_900),
            site("Longhorsley", 55.2430, -1.7680, 2_700),
            site("Widdrington", 55.2450, -1.5900, 3_100),
            site("Ashington", 55.1810, -1.5680, 16_300),
            site("Newbiggin-by-the-Sea", 55.1840, -1.5090, 6_900),
            site("Lynemouth", 55.2050, -1.5400, 4_100),
            site("Stakeford", 55.1650, -1.5780, 7_400),
            site("Bedlington", 55.1300, -1.5970, 14_200),
            site("Blyth", 55.1270, -1.5085, 17_100),
            site("Cambois", 55.1550, -1.5270, 3_300),
            site("Seaton Delaval", 55.0730, -1.5260, 10_400),
            site("Cramlington", 55.0863, -1.5854, 18_600),
            site("Seghill", 55.0620, -1.5520, 4_900),
            site("Bedlington Station", 55.1390, -1.5770, 8_500));

    private NorthumberlandMap() {
    }

    private static PracticeSite site(String town, double latitude, double longitude, int typicalListSize) {
        return new PracticeSite(new Place(town, latitude, longitude), typicalListSize);
    }
}
