package io.hubrota.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProductionSafetyCheckTests {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final UserAccountRepository users = mock(UserAccountRepository.class);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withBean(UserAccountRepository.class, () -> users)
        .withBean(PasswordEncoder.class, () -> ENCODER)
        .withUserConfiguration(ProductionSafetyCheck.class);

    @Test
    void refusesToStartInProductionWithDemoDataSwitchedOn() {
        when(users.findDistinctEnabledPasswordHashes()).thenReturn(List.of());

        context.withPropertyValues("spring.profiles.active=production", "hubrota.demo.load=true").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("hubrota.demo.load=true");
        });
    }

    @Test
    void refusesToStartInProductionWhileAUserHasTheDemoPassword() {
        when(users.findDistinctEnabledPasswordHashes())
            .thenReturn(List.of(ENCODER.encode("a-real-password"), ENCODER.encode("demo-password-2026")));

        context.withPropertyValues("spring.profiles.active=production", "hubrota.demo.load=false").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("demo password");
        });
    }

    @Test
    void checksTheConfiguredDemoPassword() {
        when(users.findDistinctEnabledPasswordHashes()).thenReturn(List.of(ENCODER.encode("changed-demo-secret")));

        context.withPropertyValues("spring.profiles.active=production", "hubrota.demo.password=changed-demo-secret")
            .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void startsInProductionWithRealPasswordsAndNoDemoData() {
        when(users.findDistinctEnabledPasswordHashes()).thenReturn(List.of(ENCODER.encode("a-real-password")));

        context.withPropertyValues("spring.profiles.active=production", "hubrota.demo.load=false")
            .run(started -> assertThat(started).hasNotFailed().hasSingleBean(ProductionSafetyCheck.class));
    }

    @Test
    void doesNothingOutsideProduction() {
        context.withPropertyValues("hubrota.demo.load=true")
            .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(ProductionSafetyCheck.class));
    }
}
