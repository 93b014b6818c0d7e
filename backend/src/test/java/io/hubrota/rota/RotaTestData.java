package io.hubrota.rota;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserAccountRepository;
import io.hubrota.security.UserRole;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A small health economy with unique codes (tests share the database): two hubs open every day 09:00–13:00, each
 * session needing one GP and one practice nurse; six GPs and six nurses whose two practice days (08:00–16:00) leave
 * room for four hub sessions a week; and one GP whose practice days already use their whole baseline, so any hub
 * shift would break the hours guarantee. Every clinician has a login.
 */
record RotaTestData(String manager, List<Hub> hubs, List<Clinician> clinicians, Clinician fullyBooked) {

    static final int PRACTICE_DAY_MINUTES = 8 * 60;

    static final int HUB_SESSION_MINUTES = 4 * 60;

    static RotaTestData create(ApplicationContext context) {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        PracticeRepository practices = context.getBean(PracticeRepository.class);
        HubRepository hubRepository = context.getBean(HubRepository.class);
        ShiftTemplateRepository templates = context.getBean(ShiftTemplateRepository.class);
        ClinicianRepository clinicianRepository = context.getBean(ClinicianRepository.class);
        PracticeCommitmentRepository commitments = context.getBean(PracticeCommitmentRepository.class);
        UserAccountRepository users = context.getBean(UserAccountRepository.class);

        Practice alnwickPractice = practices.save(new Practice("PA" + tag, "Alnwick Practice " + tag, "North", 9000,
                55.41, -1.70));
        Practice morpethPractice = practices.save(new Practice("PM" + tag, "Morpeth Practice " + tag, "Central",
                11000, 55.17, -1.69));
        Hub alnwick = hubRepository.save(new Hub("HA" + tag, "Alnwick " + tag, "Alnwick", 55.41, -1.70, 3, 30000));
        Hub morpeth = hubRepository.save(new Hub("HM" + tag, "Morpeth " + tag, "Morpeth", 55.17, -1.69, 3, 40000));
        for (Hub hub : List.of(alnwick, morpeth)) {
            for (DayOfWeek day : DayOfWeek.values()) {
                ShiftTemplate template = new ShiftTemplate(hub, day, LocalTime.of(9, 0), LocalTime.of(13, 0));
                template.addRequirement(Role.GP, Set.of(), 1, 1);
                template.addRequirement(Role.PRACTICE_NURSE, Set.of(), 1, 1);
                templates.save(template);
            }
        }
        UserAccount manager = new UserAccount("manager-" + tag.toLowerCase(), "{noop}x", "Manager " + tag,
                Set.of(UserRole.HUB_MANAGER));
        manager.getHubs().addAll(List.of(alnwick, morpeth));
        users.save(manager);

        List<Clinician> staff = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Role role = i < 6 ? Role.GP : Role.PRACTICE_NURSE;
            // Half work their practice days early in the week, half late, so every day has someone free.
            List<DayOfWeek> practiceDays = i % 2 == 0 ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)
                    : List.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            staff.add(clinician(clinicianRepository, commitments, users, tag, i, role,
                    i % 3 == 0 ? morpethPractice : alnwickPractice, practiceDays,
                    2 * PRACTICE_DAY_MINUTES + 4 * HUB_SESSION_MINUTES));
        }
        Clinician fullyBooked = clinician(clinicianRepository, commitments, users, tag, 12, Role.GP, alnwickPractice,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 2 * PRACTICE_DAY_MINUTES);
        staff.add(fullyBooked);
        return new RotaTestData(manager.getUsername(), List.of(alnwick, morpeth), staff, fullyBooked);
    }

    private static Clinician clinician(ClinicianRepository clinicians, PracticeCommitmentRepository commitments,
            UserAccountRepository users, String tag, int number, Role role, Practice practice,
            List<DayOfWeek> practiceDays, int baselineMinutes) {
        String code = "C" + tag + number;
        Clinician clinician = new Clinician(code, "Clinician " + tag + " " + (char) ('A' + number), role, practice,
                baselineMinutes, 60);
        UserAccount login = users.save(new UserAccount(code.toLowerCase(), "{noop}x", clinician.getName(),
                Set.of(UserRole.CLINICIAN)));
        clinician.setUser(login);
        clinicians.save(clinician);
        for (DayOfWeek day : practiceDays) {
            commitments.save(new PracticeCommitment(clinician, day, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        return clinician;
    }
}
