package io.hubrota.demo;

import io.hubrota.demo.DemoEconomy.Clinician;
import io.hubrota.demo.DemoEconomy.Hub;
import io.hubrota.demo.DemoEconomy.Practice;
import io.hubrota.demo.DemoEconomy.ShiftTemplate;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a demo health economy, deterministically for a seed: S is one pilot hub in Alnwick, M is Northumberland
 * (~327,000 people, 36 practices, 7 hubs in real towns), L is an integrated care system of ~3,000,000 people on a
 * synthetic map. All randomness comes from one {@link SplittableRandom}, drawn in a fixed order.
 */
public final class DemoEconomyGenerator {

    private DemoEconomyGenerator() {
    }

    public static DemoEconomy generate(String size, long seed, LocalDate firstDate) {
        if (firstDate.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("firstDate must be a Monday, not " + firstDate.getDayOfWeek());
        }
        SizeProfile profile = SizeProfile.of(size);
        SplittableRandom random = new SplittableRandom(seed);
        Geography geography = switch (profile.size()) {
            case "S" -> Geography.alnwickPilot(random, profile);
            case "M" -> Geography.northumberland(random, profile);
            default -> Geography.synthetic(random, profile, 60, 330);
        };
        List<Hub> hubs = geography.hubs();
        List<ShiftTemplate> templates = new ArrayList<>();
        for (Hub hub : hubs) {
            templates.addAll(HubTemplates.forHub(hub.code(), hub.populationServed()));
        }
        List<Clinician> clinicians = clinicians(random, profile, firstDate, geography.practices(), hubs);
        return new DemoEconomy(profile.size(), seed, firstDate, profile.weeks(), geography.practices(), hubs,
                clinicians, List.copyOf(templates));
    }

    /**
     * Role counts by largest remainder of the profile's shares; home practices drawn in proportion to list size,
     * because bigger practices employ more clinicians.
     */
    private static List<Clinician> clinicians(SplittableRandom random, SizeProfile profile, LocalDate firstDate,
            List<Practice> practices, List<Hub> hubs) {
        int spread = profile.clinicianSpread();
        int total = profile.clinicians() + (spread == 0 ? 0 : random.nextInt(-spread, spread + 1));
        Map<Role, Integer> counts = Apportion.largestRemainder(profile.roleShares(), total);
        long population = practices.stream().mapToLong(Practice::listSize).sum();
        ClinicianFactory factory = new ClinicianFactory(random, profile, firstDate, hubs);
        List<Clinician> clinicians = new ArrayList<>(total);
        for (Map.Entry<Role, Integer> entry : counts.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                Practice home = practiceByListSize(random, practices, population);
                clinicians.add(factory.create(clinicians.size() + 1, entry.getKey(), home));
            }
        }
        return List.copyOf(clinicians);
    }

    private static Practice practiceByListSize(SplittableRandom random, List<Practice> practices, long population) {
        long target = random.nextLong(population);
        long cumulative = 0;
        for (Practice practice : practices) {
            cumulative += practice.listSize();
            if (target < cumulative) {
                return practice;
            }
        }
        return practices.get(practices.size() - 1);
    }
}
