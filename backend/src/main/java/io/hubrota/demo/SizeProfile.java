package io.hubrota.demo;

import io.hubrota.shared.Role;
import java.util.EnumMap;
import java.util.Map;

/**
 * What distinguishes the S, M and L economies. Shares of "hub sessions left" are indexed 0, 1, 2: the share of
 * clinicians whose practice commitments leave less than one session (at most one evening), one session, or two
 * sessions of their baseline for hub work.
 *
 * @param clinicians       clinicians before the seed's variation of +-{@code clinicianSpread}
 * @param roleShares       share of each role among the clinicians (EnumMap: iteration order is the enum's)
 * @param gpHubSessions    shares of 0/1/2 hub sessions left, for GPs
 * @param otherHubSessions the same for every other role
 */
record SizeProfile(String size, int weeks, int clinicians, int clinicianSpread, int populationMin, int populationMax,
        Map<Role, Double> roleShares, double[] gpHubSessions, double[] otherHubSessions, double leaveShare) {

    static SizeProfile of(String size) {
        return switch (size) {
            // One hub as a pilot: its volunteers keep more of their week free for it, or a single hub could not be
            // staffed with a GP every session from twenty people.
            case "S" -> new SizeProfile("S", 1, 24, 0, 28_000, 40_000, shares(12, 5, 4, 0, 1, 0, 1, 1),
                    new double[] {0.0, 0.10, 0.90}, new double[] {0.0, 0.20, 0.80}, 0.05);
            case "M" -> new SizeProfile("M", 4, 300, 10, 322_000, 332_000, standardShares(),
                    new double[] {0.07, 0.33, 0.60}, new double[] {0.10, 0.40, 0.50}, 0.10);
            case "L" -> new SizeProfile("L", 4, 3_000, 50, 2_950_000, 3_050_000, standardShares(),
                    new double[] {0.07, 0.33, 0.60}, new double[] {0.10, 0.40, 0.50}, 0.10);
            default -> throw new IllegalArgumentException("size must be S, M or L, not " + size);
        };
    }

    /**
     * GPs are a little under half of the hub workforce; the rest are the ARRS-funded and nursing roles that hubs use
     * for the wider team (DOMAIN-FACTS "Skill mix").
     */
    private static Map<Role, Double> standardShares() {
        return shares(0.45, 0.14, 0.14, 0.07, 0.07, 0.03, 0.06, 0.04);
    }

    private static Map<Role, Double> shares(double gp, double anp, double nurse, double pharmacist, double paramedic,
            double physicianAssociate, double hca, double mentalHealth) {
        Map<Role, Double> shares = new EnumMap<>(Role.class);
        shares.put(Role.GP, gp);
        shares.put(Role.ADVANCED_NURSE_PRACTITIONER, anp);
        shares.put(Role.PRACTICE_NURSE, nurse);
        shares.put(Role.CLINICAL_PHARMACIST, pharmacist);
        shares.put(Role.PARAMEDIC, paramedic);
        shares.put(Role.PHYSICIAN_ASSOCIATE, physicianAssociate);
        shares.put(Role.HEALTHCARE_ASSISTANT, hca);
        shares.put(Role.MENTAL_HEALTH_PRACTITIONER, mentalHealth);
        return shares;
    }
}
