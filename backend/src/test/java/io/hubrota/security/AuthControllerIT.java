package io.hubrota.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.hubrota.audit.AuditEvent;
import io.hubrota.audit.AuditEventRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
// A fresh context: spring-security-test's csrf(), used by other tests in the same JVM, permanently swaps the CSRF
// filter's cookie repository for a session one in the context it runs against; this test checks the real cookie.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AuthControllerIT {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestUsers testUsers;

    @Autowired
    private HubRepository hubs;

    @Autowired
    private AuditEventRepository auditEvents;

    @Test
    void signsInReportsTheUserAndSignsOut() throws Exception {
        String code = "TA" + UUID.randomUUID().toString().substring(0, 6);
        Hub hub = hubs.save(new Hub(code, "Test hub " + code, "Alnwick", 55.4, -1.7, 3, 30_000));
        UserAccount manager = testUsers.create(UserRole.HUB_MANAGER, hub);
        Cookie xsrf = csrfCookie();

        MvcResult login = mvc
            .perform(post("/api/auth/login").cookie(xsrf)
                .header("X-XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_JSON)
                .content(credentials(manager.getUsername(), TestUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(manager.getUsername()))
            .andExpect(jsonPath("$.displayName").value("Test HUB_MANAGER"))
            .andExpect(jsonPath("$.roles[0]").value("HUB_MANAGER"))
            .andExpect(jsonPath("$.clinicianId").isEmpty())
            .andExpect(jsonPath("$.hubIds[0]").value(hub.getId()))
            // A fresh CSRF token after sign-in.
            .andExpect(cookie().exists("XSRF-TOKEN"))
            .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        Cookie rotated = login.getResponse().getCookie("XSRF-TOKEN");
        assertThat(rotated.getValue()).isNotEqualTo(xsrf.getValue());

        mvc.perform(get("/api/auth/me").session(session))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(manager.getUsername()));

        mvc.perform(post("/api/auth/logout").session(session).cookie(rotated).header("X-XSRF-TOKEN",
                rotated.getValue()))
            .andExpect(status().isNoContent());
        mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aClinicianSeesTheirClinicianId() throws Exception {
        UserAccount clinician = testUsers.create(UserRole.CLINICIAN);
        Cookie xsrf = csrfCookie();

        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content(credentials(clinician.getUsername(), TestUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.roles[0]").value("CLINICIAN"))
            .andExpect(jsonPath("$.clinicianId").isNumber())
            .andExpect(jsonPath("$.hubIds").isEmpty());
    }

    @Test
    void aWrongPasswordIs401AndAudited() throws Exception {
        UserAccount admin = testUsers.create(UserRole.ADMIN);
        Cookie xsrf = csrfCookie();

        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content(credentials(admin.getUsername(), "not-the-password")))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("Wrong username or password."));

        assertThat(auditEvents.findAll()).filteredOn(e -> admin.getUsername().equals(e.getActor()))
            .extracting(AuditEvent::getAction)
            .containsExactly("LOGIN_FAILED");
    }

    @Test
    void aSuccessfulSignInIsAudited() throws Exception {
        UserAccount ops = testUsers.create(UserRole.OPS_LEAD);
        Cookie xsrf = csrfCookie();

        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content(credentials(ops.getUsername(), TestUsers.PASSWORD))).andExpect(status().isOk());

        assertThat(auditEvents.findAll()).filteredOn(e -> ops.getUsername().equals(e.getActor()))
            .extracting(AuditEvent::getAction, AuditEvent::getDetail)
            .containsExactly(tuple("LOGIN_SUCCEEDED", "password"));
    }

    @Test
    void anUnknownUserIs401() throws Exception {
        Cookie xsrf = csrfCookie();

        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content(credentials("t-nobody-" + UUID.randomUUID(), "whatever")))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("Wrong username or password."));
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        UserAccount admin = testUsers.create(UserRole.ADMIN);

        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
            .content(credentials(admin.getUsername(), TestUsers.PASSWORD)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        Cookie xsrf = csrfCookie();
        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", "forged")
            .contentType(MediaType.APPLICATION_JSON)
            .content(credentials(admin.getUsername(), TestUsers.PASSWORD)))
            .andExpect(status().isForbidden());
    }

    @Test
    void meWithoutASessionIsAProblemNotARedirect() throws Exception {
        mvc.perform(get("/api/auth/me"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void invalidLoginBodiesAre400WithFieldErrors() throws Exception {
        Cookie xsrf = csrfCookie();

        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"\",\"password\":\"x\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post("/api/auth/login").cookie(xsrf)
            .header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{not json"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void clientRoutesOfTheSpaServeIndexHtml() throws Exception {
        mvc.perform(get("/rota")).andExpect(status().isOk()).andExpect(forwardedUrl("/index.html"));
        mvc.perform(get("/admin/users/12")).andExpect(forwardedUrl("/index.html"));
        mvc.perform(get("/api/no-such-thing")).andExpect(status().isUnauthorized());
    }

    private Cookie csrfCookie() throws Exception {
        MvcResult result = mvc.perform(get("/api/auth/csrf"))
            .andExpect(status().isNoContent())
            .andExpect(cookie().exists("XSRF-TOKEN"))
            .andReturn();
        return result.getResponse().getCookie("XSRF-TOKEN");
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
