package io.hubrota.demo;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.clinicians.Preference;
import io.hubrota.clinicians.PreferenceRepository;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityKind;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.OpeningHours;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.security.UserRole;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo health economy on start ({@code hubrota.demo.load=true}), so the app is
 * usable straight away: practices, hubs, clinicians with their commitments, leave and preferences, shift templates,
 * and logins for every kind of user, all with one demo password.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String ADMIN = "admin";

    static final String MANAGER = "manager";

    static final String OPS = "ops";

    private final PracticeRepository practices;

    private final HubRepository hubs;

    private final UserAccountRepository users;

    private final ClinicianRepository clinicians;

    private final PracticeCommitmentRepository commitments;

    private final UnavailabilityRepository unavailabilities;

    private final PreferenceRepository preferences;

    private final ShiftTemplateRepository templates;

    private final ObjectProvider<DemoEconomySource> source;

    private final TransactionTemplate transaction;

    private final boolean enabled;

    private final String password;

    private final ZoneId zone;

    DemoDataLoader(PracticeRepository practices, HubRepository hubs, UserAccountRepository users,
            ClinicianRepository clinicians, PracticeCommitmentRepository commitments,
            UnavailabilityRepository unavailabilities, PreferenceRepository preferences,
            ShiftTemplateRepository templates, ObjectProvider<DemoEconomySource> source,
            PlatformTransactionManager transactionManager, @Value("${hubrota.demo.load:false}") boolean enabled,
            @Value("${hubrota.demo.password:demo-password-2026}") String password,
            @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this.practices = practices;
        this.hubs = hubs;
        this.users = users;
        this.clinicians = clinicians;
        this.commitments = commitments;
        this.unavailabilities = unavailabilities;
        this.preferences = preferences;
        this.templates = templates;
        this.source = source;
        this.transaction = new TransactionTemplate(transactionManager);
        this.enabled = enabled;
        this.password = password;
        this.zone = ZoneId.of(timezone);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (practices.count() > 0) {
            log.info("Demo data not loaded: the database already has practices");
            return;
        }
        DemoEconomySource economySource = source.getIfAvailable();
        if (economySource == null) {
            log.warn("Demo data not loaded: hubrota.demo.load is true but no DemoEconomySource bean is defined");
            return;
        }
        long started = System.nanoTime();
        DemoEconomy economy = economySource.economy();
        Loaded loaded = load(economy);
        log.info("Loaded the {} demo economy (seed {}) in {} ms: {} practices, {} hubs, {} clinicians, {} users",
                economy.size(), economy.seed(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
                loaded.practices(), loaded.hubs(), loaded.clinicians(), loaded.users());
        logLogins(loaded);
    }

    /** Persists the economy in one transaction: all of it, or nothing. */
    Loaded load(DemoEconomy economy) {
        return transaction.execute(status -> persist(economy));
    }

    private Loaded persist(DemoEconomy economy) {
        Map<String, Practice> practiceByCode = byCode(economy.practices().stream()
            .map(p -> new Practice(p.code(), p.name(), p.locality(), p.listSize(), p.latitude(), p.longitude()))
            .toList(), Practice::getCode);
        practices.saveAll(practiceByCode.values());

        Map<String, Hub> hubByCode = byCode(economy.hubs().stream().map(DemoDataLoader::hub).toList(), Hub::getCode);
        hubs.saveAll(hubByCode.values());

        // Every demo user has the same password, so one hash serves them all; hashing per user (bcrypt, about
        // 0.1 s each) would make a few hundred clinician logins take most of a minute.
        String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        List<UserAccount> accounts = new ArrayList<>();
        accounts.add(new UserAccount(ADMIN, passwordHash, "Administrator", Set.of(UserRole.ADMIN)));
        UserAccount manager = new UserAccount(MANAGER, passwordHash, "Hub Manager", Set.of(UserRole.HUB_MANAGER));
        manager.getHubs().addAll(hubByCode.values());
        accounts.add(manager);
        accounts.add(new UserAccount(OPS, passwordHash, "Operations Lead", Set.of(UserRole.OPS_LEAD)));

        List<Clinician> clinicianEntities = new ArrayList<>();
        List<PracticeCommitment> commitmentEntities = new ArrayList<>();
        List<Unavailability> leaveEntities = new ArrayList<>();
        List<Preference> preferenceEntities = new ArrayList<>();
        List<String> clinicianLogins = new ArrayList<>();
        for (DemoEconomy.Clinician c : economy.clinicians()) {
            Clinician clinician = new Clinician(c.code(), c.name(), c.role(),
                    required(practiceByCode, c.practiceCode(), "practice"), c.baselineWeeklyMinutes(),
                    c.maxTravelMinutes());
            clinician.getSkills().addAll(c.skills());
            if (c.username() != null && !c.username().isBlank()) {
                UserAccount login = new UserAccount(c.username(), passwordHash, c.name(), Set.of(UserRole.CLINICIAN));
                accounts.add(login);
                clinician.setUser(login);
                clinicianLogins.add(c.username());
            }
            clinicianEntities.add(clinician);
            for (DemoEconomy.Commitment commitment : c.commitments()) {
                commitmentEntities
                    .add(new PracticeCommitment(clinician, commitment.day(), commitment.start(), commitment.end()));
            }
            for (DemoEconomy.Leave leave : c.leave()) {
                // Whole days, first to last inclusive: from local midnight to the midnight after the last day, so
                // a day on which the clocks change is its real 23 or 25 hours.
                leaveEntities.add(new Unavailability(clinician, leave.first().atStartOfDay(zone).toInstant(),
                        leave.last().plusDays(1).atStartOfDay(zone).toInstant(), UnavailabilityKind.LEAVE,
                        leave.reason()));
            }
            for (DemoEconomy.Preference preference : c.preferences()) {
                preferenceEntities.add(preference(clinician, preference, hubByCode));
            }
        }
        users.saveAll(accounts);
        clinicians.saveAll(clinicianEntities);
        commitments.saveAll(commitmentEntities);
        unavailabilities.saveAll(leaveEntities);
        preferences.saveAll(preferenceEntities);

        List<ShiftTemplate> templateEntities = new ArrayList<>();
        for (DemoEconomy.ShiftTemplate t : economy.templates()) {
            ShiftTemplate template = new ShiftTemplate(required(hubByCode, t.hubCode(), "hub"), t.day(), t.start(),
                    t.end());
            for (DemoEconomy.Requirement requirement : t.requirements()) {
                template.addRequirement(requirement.role(), requirement.skills(), requirement.min(),
                        requirement.desired());
            }
            templateEntities.add(template);
        }
        templates.saveAll(templateEntities);
        // Flush here so constraint violations surface from load(), not at some later commit.
        templates.flush();

        return new Loaded(practiceByCode.size(), hubByCode.size(), clinicianEntities.size(), accounts.size(),
                commitmentEntities.size(), templateEntities.size(), clinicianLogins);
    }

    private static Hub hub(DemoEconomy.Hub h) {
        Hub hub = new Hub(h.code(), h.name(), h.town(), h.latitude(), h.longitude(), h.rooms(), h.populationServed());
        for (DemoEconomy.OpeningHours hours : h.openingHours()) {
            hub.setOpeningHours(new OpeningHours(hours.day(), hours.opens(), hours.closes()));
        }
        return hub;
    }

    private static Preference preference(Clinician clinician, DemoEconomy.Preference preference,
            Map<String, Hub> hubByCode) {
        return switch (preference.kind()) {
            case "AVOID_WEEKDAY" -> Preference.forWeekday(clinician, false, preference.day(), preference.weight());
            case "PREFER_WEEKDAY" -> Preference.forWeekday(clinician, true, preference.day(), preference.weight());
            case "PREFER_HUB" -> Preference.forHub(clinician, true, required(hubByCode, preference.hubCode(), "hub"),
                    preference.weight());
            case "AVOID_HUB" -> Preference.forHub(clinician, false, required(hubByCode, preference.hubCode(), "hub"),
                    preference.weight());
            default -> throw new IllegalArgumentException(
                    "Unknown demo preference kind " + preference.kind() + " for clinician " + clinician.getCode());
        };
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream()
            .collect(Collectors.toMap(code, Function.identity(), (a, b) -> {
                throw new IllegalArgumentException("Duplicate demo code " + code.apply(a));
            }, LinkedHashMap::new));
    }

    private static <T> T required(Map<String, T> byCode, String code, String what) {
        T found = byCode.get(code);
        if (found == null) {
            throw new IllegalArgumentException("The demo economy names an unknown " + what + " " + code);
        }
        return found;
    }

    private void logLogins(Loaded loaded) {
        StringBuilder lines = new StringBuilder("Demo logins (password for all: ").append(password).append("):");
        lines.append("\n  admin        ").append(ADMIN).append(" / ").append(password);
        lines.append("\n  hub manager  ").append(MANAGER).append(" / ").append(password).append("  (all hubs)");
        lines.append("\n  ops lead     ").append(OPS).append(" / ").append(password);
        loaded.clinicianLogins()
            .stream()
            .limit(3)
            .forEach(username -> lines.append("\n  clinician    ").append(username).append(" / ").append(password));
        if (loaded.clinicianLogins().size() > 3) {
            lines.append("\n  ... and ").append(loaded.clinicianLogins().size() - 3).append(" more clinician logins");
        }
        log.info(lines.toString());
    }

    /** What a load wrote, for the log and for tests. */
    record Loaded(int practices, int hubs, int clinicians, int users, int commitments, int templates,
            List<String> clinicianLogins) {
    }
}
