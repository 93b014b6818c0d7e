package io.hubrota.demo;

import io.hubrota.demo.DemoEconomy.Hub;
import io.hubrota.demo.DemoEconomy.Practice;
import io.hubrota.demo.DemoEconomy.Requirement;
import io.hubrota.demo.DemoEconomy.ShiftTemplate;
import io.hubrota.demo.NorthumberlandMap.HubTown;
import io.hubrota.demo.NorthumberlandMap.PracticeSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Practices and hubs of an economy. Each practice's patients are served by the hub nearest to it, which sets the hub's
 * population and so its staffing and rooms.
 */
record Geography(List<Practice> practices, List<Hub> hubs) {

    /** One hub in Alnwick with the four practices closest to it. */
    static Geography alnwickPilot(SplittableRandom random, SizeProfile profile) {
        HubTown alnwick = NorthumberlandMap.HUB_TOWNS.get(0);
        List<PracticeSite> sites = new ArrayList<>(NorthumberlandMap.PRACTICE_SITES);
        sites.sort(Comparator.comparingDouble(site -> distance(site.place(), alnwick.place())));
        return northumbrian(random, profile, List.of(alnwick), sites.subList(0, 4));
    }

    static Geography northumberland(SplittableRandom random, SizeProfile profile) {
        return northumbrian(random, profile, NorthumberlandMap.HUB_TOWNS, NorthumberlandMap.PRACTICE_SITES);
    }

    private static Geography northumbrian(SplittableRandom random, SizeProfile profile, List<HubTown> towns,
            List<PracticeSite> sites) {
        int[] listSizes = listSizes(random, profile, sites.stream().mapToInt(PracticeSite::typicalListSize).toArray());
        List<Practice> practices = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            Place place = sites.get(i).place();
            String locality = nearest(place, towns).place().name();
            practices.add(new Practice(String.format(Locale.ROOT, "N%03d", i + 1), place.name() + " Medical Group",
                    locality, listSizes[i], place.latitude(), place.longitude()));
        }
        return withHubs(practices, towns);
    }

    /**
     * An ICS-sized region on a synthetic map: hubs on a jittered grid about 25 km apart over northern England's
     * latitudes, practices scattered within about 12 km of a hub.
     */
    static Geography synthetic(SplittableRandom random, SizeProfile profile, int hubCount, int practiceCount) {
        int columns = 10;
        List<HubTown> towns = new ArrayList<>();
        for (int i = 0; i < hubCount; i++) {
            double latitude = 53.40 + (i / columns) * 0.25 + random.nextDouble(-0.06, 0.06);
            double longitude = -3.20 + (i % columns) * 0.30 + random.nextDouble(-0.08, 0.08);
            String name = String.format(Locale.ROOT, "Town %02d", i + 1);
            towns.add(new HubTown(String.format(Locale.ROOT, "H%02d", i + 1), new Place(name, latitude, longitude)));
        }
        List<PracticeSite> sites = new ArrayList<>();
        for (int i = 0; i < practiceCount; i++) {
            HubTown town = towns.get(random.nextInt(hubCount));
            double latitude = town.place().latitude() + random.nextDouble(-0.10, 0.10);
            double longitude = town.place().longitude() + random.nextDouble(-0.15, 0.15);
            // List sizes in England range from a few thousand to over 20,000; most are 6,000-12,000.
            int typical = 3_000 + (int) Math.round(Math.exp(random.nextDouble(7.6, 9.9)));
            String name = String.format(Locale.ROOT, "%s practice %d", town.place().name(), i + 1);
            sites.add(new PracticeSite(new Place(name, latitude, longitude), typical));
        }
        int[] listSizes = listSizes(random, profile, sites.stream().mapToInt(PracticeSite::typicalListSize).toArray());
        List<Practice> practices = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            Place place = sites.get(i).place();
            practices.add(new Practice(String.format(Locale.ROOT, "P%04d", i + 1), place.name(),
                    nearest(place, towns).place().name(), listSizes[i], place.latitude(), place.longitude()));
        }
        return withHubs(practices, towns);
    }

    /**
     * Typical list sizes varied by up to 10% each, then scaled so the total lands on a population drawn from the
     * profile's range (Northumberland: 332,090 in 2021, 333,900 in 2023; "more than 320,000" in 2015). Rounded to 10.
     */
    private static int[] listSizes(SplittableRandom random, SizeProfile profile, int[] typical) {
        double[] varied = new double[typical.length];
        double sum = 0;
        for (int i = 0; i < typical.length; i++) {
            varied[i] = typical[i] * random.nextDouble(0.9, 1.1);
            sum += varied[i];
        }
        int population = random.nextInt(profile.populationMin(), profile.populationMax() + 1);
        int[] sizes = new int[typical.length];
        for (int i = 0; i < typical.length; i++) {
            sizes[i] = (int) Math.round(varied[i] * population / sum / 10.0) * 10;
        }
        return sizes;
    }

    private static Geography withHubs(List<Practice> practices, List<HubTown> towns) {
        List<Hub> hubs = new ArrayList<>();
        for (HubTown town : towns) {
            int served = practices.stream()
                    .filter(practice -> nearest(new Place(practice.name(), practice.latitude(), practice.longitude()),
                            towns) == town)
                    .mapToInt(Practice::listSize)
                    .sum();
            hubs.add(new Hub(town.code(), town.place().name() + " Hub", town.place().name(), town.place().latitude(),
                    town.place().longitude(), rooms(town.code(), served), served, HubTemplates.openingHours()));
        }
        return new Geography(List.copyOf(practices), List.copyOf(hubs));
    }

    /** Enough consulting rooms for the busiest session fully staffed to its desired level, plus one spare. */
    private static int rooms(String hubCode, int populationServed) {
        int peak = 0;
        for (ShiftTemplate template : HubTemplates.forHub(hubCode, populationServed)) {
            peak = Math.max(peak, template.requirements().stream().mapToInt(Requirement::desired).sum());
        }
        return peak + 1;
    }

    private static HubTown nearest(Place place, List<HubTown> towns) {
        HubTown best = towns.get(0);
        for (HubTown town : towns) {
            if (distance(place, town.place()) < distance(place, best.place())) {
                best = town;
            }
        }
        return best;
    }

    private static double distance(Place a, Place b) {
        return GeoDistance.kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
