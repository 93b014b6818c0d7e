package io.hubrota.rota;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.HubRotaApplication;
import io.hubrota.publishing.PublishedAssignmentRepository;
import io.hubrota.publishing.PublishingDtos.PublishRequest;
import io.hubrota.publishing.RotaVersion;
import io.hubrota.publishing.RotaVersionRepository;
import io.hubrota.rota.RotaDtos.CreateRotaRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closing the application in the middle of a solve loses nothing but the last seconds: the next start on the same
 * database finds the best solution saved so far in the working copy, the rota no longer marked as solving, and the
 * published version untouched.
 */
class SolveRestartIT {

    @Test
    void theBestSolutionSoFarSurvivesARestart() throws Exception {
        Path dataDirectory = Files.createTempDirectory("hubrota-restart-pg");
        long rotaId;
        int publishedBefore;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            RotaTestData data = RotaTestData.create(first);
            Authentication manager = new UsernamePasswordAuthenticationToken(data.manager(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_HUB_MANAGER")));
            LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Rota rota = first.getBean(RotaService.class).create(new CreateRotaRequest("Restart test", monday, 2,
                    data.hubs().stream().map(h -> h.getId()).collect(Collectors.toSet())), manager);
            rotaId = rota.getId();
            first.getBean(io.hubrota.publishing.PublishingService.class).publish(rotaId,
                    new PublishRequest(null,
                            first.getBean(RotaRepository.class).findById(rotaId).orElseThrow().getVersion()),
                    manager);
            publishedBefore = publishedCount(first, rotaId);

            first.getBean(RotaSolveService.class).start(rotaId);
            // Waiting only for the first save was racy (0 assignments after the restart in one clean-clone run of
            // five): that save can come before the solver has placed anyone, so wait for one that holds assignments.
            long deadline = System.currentTimeMillis() + 60_000;
            while (savedCount(first, rotaId) == 0) {
                assertThat(System.currentTimeMillis()).isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(first.getBean(RotaSolveService.class).isSolving(rotaId)).isTrue();
        }

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            Rota rota = second.getBean(RotaRepository.class).findById(rotaId).orElseThrow();
            assertThat(rota.getStatus()).isEqualTo(RotaStatus.PUBLISHED);
            assertThat(second.getBean(RotaSolverStateRepository.class).findById(rotaId).orElseThrow().getStatus())
                    .isEqualTo(SolverStatus.NOT_SOLVING);
            assertThat(second.getBean(RotaSolveService.class).isSolving(rotaId)).isFalse();
            assertThat(savedCount(second, rotaId)).isPositive();
            assertThat(publishedCount(second, rotaId)).isEqualTo(publishedBefore);
            assertThat(second.getBean(RotaVersionRepository.class).findByRotaOrderByNumberDesc(rota))
                    .extracting(RotaVersion::getNumber).containsExactly(1);
        }
    }

    /** How many assignments the rota's working copy holds in the database. */
    private static int savedCount(ConfigurableApplicationContext context, long rotaId) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            Rota rota = context.getBean(RotaRepository.class).findById(rotaId).orElseThrow();
            return context.getBean(AssignmentRepository.class).findByRota(rota).size();
        });
    }

    private static int publishedCount(ConfigurableApplicationContext context, long rotaId) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            Rota rota = context.getBean(RotaRepository.class).findById(rotaId).orElseThrow();
            return context.getBean(RotaVersionRepository.class).findFirstByRotaOrderByNumberDesc(rota)
                    .map(version -> context.getBean(PublishedAssignmentRepository.class).findByRotaVersion(version)
                            .size())
                    .orElse(0);
        });
    }

    /** The application on a fixed embedded data directory (or the standalone test database, if one is given). */
    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(HubRotaApplication.class)
                // Command-line arguments outrank the test configuration's random data directory.
                .run("--hubrota.embedded-db.data-dir=" + dataDirectory, "--server.port=0",
                        "--hubrota.solver.spent-limit=60s", "--hubrota.solver.save-interval=500ms",
                        "--hubrota.demo.load=false");
    }
}
