package io.hubrota.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.security.TestUsers;
import io.hubrota.security.UserAccount;
import io.hubrota.security.UserRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class AuditLogIT {

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private AuditEventRepository events;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private TestUsers testUsers;

    @Autowired
    private MockMvc mvc;

    @Test
    void anAuditRecordSurvivesTheCallersRollback() {
        String actor = "t-audit-" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            auditLog.record(actor, "ROTA_PUBLISHED", "rota/1", "version 3");
            status.setRollbackOnly();
        });

        assertThat(events.findAll()).filteredOn(e -> actor.equals(e.getActor()))
            .singleElement()
            .satisfies(e -> {
                assertThat(e.getAction()).isEqualTo("ROTA_PUBLISHED");
                assertThat(e.getTarget()).isEqualTo("rota/1");
                assertThat(e.getDetail()).isEqualTo("version 3");
                assertThat(e.getAt()).isNotNull();
            });
    }

    @Test
    void adminsPageThroughTheTrailNewestFirst() throws Exception {
        String target = "t-target-" + UUID.randomUUID();
        auditLog.record("t-someone", "FIRST", target, null);
        auditLog.record("t-someone", "SECOND", target, null);
        UserAccount admin = testUsers.create(UserRole.ADMIN);

        mvc.perform(get("/api/admin/audit-events").param("page", "0")
            .param("size", "2")
            .with(user(TestUsers.principal(admin))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.items[0].action").value("SECOND"))
            .andExpect(jsonPath("$.items[1].action").value("FIRST"))
            .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/admin/audit-events").param("size", "1000").with(user(TestUsers.principal(admin))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
