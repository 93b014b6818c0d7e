package io.hubrota.rota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SolverPropertiesTests {

    @Configuration
    @EnableConfigurationProperties(SolverProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void constraintWeightsBindByConstraintName() {
        runner.withPropertyValues("hubrota.solver.constraint-weights[Travel minutes]=0hard/0medium/2soft")
                .run(context -> assertThat(context.getBean(SolverProperties.class).constraintWeights())
                        .containsEntry("Travel minutes", "0hard/0medium/2soft"));
    }

    @Test
    void noneConfiguredMeansDefaults() {
        runner.run(context -> assertThat(context.getBean(SolverProperties.class).constraintWeights()).isEmpty());
    }

    @Test
    void aMisspeltConstraintStopsStartUpWithItsName() {
        runner.withPropertyValues("hubrota.solver.constraint-weights[Travel minutez]=0hard/0medium/2soft")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("Unknown constraint \"Travel minutez\""));
    }
}
