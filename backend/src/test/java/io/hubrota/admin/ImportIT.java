package io.hubrota.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.practices.PracticeRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** CSV imports against the real database: all or nothing, and a re-import updates what is there. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class ImportIT {

    private static final String PRACTICE_HEADER = "code,name,locality,list_size,latitude,longitude\n";
    private static final String CLINICIAN_HEADER =
            "code,name,role,skills,practice_code,baseline_weekly_hours,max_travel_minutes,commitments\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeRepository practices;

    @Autowired
    ClinicianRepository clinicians;

    @Autowired
    PracticeCommitmentRepository commitments;

    @Autowired
    TransactionTemplate transactions;

    /** The database is shared with other tests, so every code this test makes is its own. */
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();

    @Test
    void practicesAreCreatedThenUpdatedByCode() throws Exception {
        String file = PRACTICE_HEADER + "A" + run + ",Alnwick Medical Group,Alnwick,14500,55.41,-1.70\n"
                + "B" + run + ",\"Belford, Wooler and Seahouses\",North,6200,55.60,-1.83\n";
        upload("practices", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0));

        upload("practices", PRACTICE_HEADER + "A" + run + ",Alnwick Medical Group,Alnwick,15000,55.41,-1.70\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(practices.findByCode("A" + run).orElseThrow().getListSize()).isEqualTo(15000);
        assertThat(practices.findByCode("B" + run).orElseThrow().getName()).isEqualTo("Belford, Wooler and Seahouses");
    }

    @Test
    void cliniciansAreImportedWithCommitmentsAndAReImportUpdatesThem() throws Exception {
        upload("practices", PRACTICE_HEADER + "P" + run + ",Rothbury Practice,Coquetdale,4000,55.31,-1.91\n")
                .andExpect(status().isOk());
        String file = CLINICIAN_HEADER
                + "G" + run + ",Dr Ada Shaw,GP,paediatrics;prescribing,P" + run
                + ",37.5,45,MON 08:00-12:10;TUE 13:50-18:00\n"
                + "N" + run + ",Ben Reed,Practice nurse,,P" + run + ",22.5,30,\n";
        upload("clinicians", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0));

        String again = CLINICIAN_HEADER
                + "G" + run + ",Dr Ada Shaw,GP,paediatrics,P" + run + ",30,45,WED 09:00-13:00\n";
        upload("clinicians", again).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1));

        transactions.executeWithoutResult(status -> {
            Clinician gp = clinicians.findByCode("G" + run).orElseThrow();
            assertThat(gp.getBaselineWeeklyMinutes()).isEqualTo(30 * 60);
            assertThat(gp.getSkills()).containsExactly("paediatrics");
            assertThat(commitments.findByClinicianOrderByWeekdayAscStartAsc(gp))
                    .singleElement()
                    .satisfies(commitment -> assertThat(commitment.duration().toMinutes()).isEqualTo(240));
            assertThat(clinicians.findByCode("N" + run).orElseThrow().getRole().name()).isEqualTo("PRACTICE_NURSE");
        });
    }

    @Test
    void aFileWithBadRowsListsEachProblemAndStoresNothing() throws Exception {
        upload("practices", PRACTICE_HEADER + "E" + run + ",Embleton Surgery,North,3000,55.50,-1.62\n")
                .andExpect(status().isOk());
        String file = CLINICIAN_HEADER
                + "V" + run + ",Valid Person,GP,,E" + run + ",20,30,MON 09:00-12:00\n"
                + "W" + run + ",Wrong Role,Surgeon,,E" + run + ",20,30,\n"
                + "X" + run + ",Lost,GP,,NOPE" + run + ",20,30,\n"
                + "Y" + run + ",Bad Number,GP,,E" + run + ",lots,30,\n"
                + "V" + run + ",Duplicate,GP,,E" + run + ",20,30,\n"
                + "Z" + run + ",Overbooked,GP,,E" + run + ",8,30,MON 08:00-13:00;TUE 08:00-13:00\n"
                + "Q" + run + ",Backwards,GP,,E" + run + ",20,30,MON 12:00-08:00\n";
        upload("clinicians", file)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("practice_code"))
                .andExpect(jsonPath("$.errors[2].row").value(5))
                .andExpect(jsonPath("$.errors[2].field").value("baseline_weekly_hours"))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].field").value("code"))
                .andExpect(jsonPath("$.errors[4].row").value(7))
                .andExpect(jsonPath("$.errors[4].field").value("commitments"))
                .andExpect(jsonPath("$.errors[5].row").value(8))
                .andExpect(jsonPath("$.errors[5].field").value("commitments"));

        List<String> codes = List.of("V", "W", "X", "Y", "Z", "Q").stream().map(prefix -> prefix + run).toList();
        assertThat(clinicians.findByCodeIn(codes)).isEmpty();
    }

    @Test
    void aWrongHeaderIsReportedColumnByColumn() throws Exception {
        upload("practices", "code,name,town,list_size,latitude,longitude\nK" + run + ",K,K,1,55,-1\n")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("locality"))
                .andExpect(jsonPath("$.errors[1].field").value("town"));
        assertThat(practices.findByCode("K" + run)).isEmpty();
    }

    private ResultActions upload(String what, String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", what + ".csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/api/admin/imports/" + what).file(file).with(csrf()));
    }
}
