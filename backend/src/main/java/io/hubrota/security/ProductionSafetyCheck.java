package io.hubrota.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production deployment that still has demo data switched on, or any enabled login whose
 * password is the published demo password. Runs while the context starts, before the server takes requests.
 */
@Component
@Profile("production")
class ProductionSafetyCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ProductionSafetyCheck.class);

    private final UserAccountRepository users;

    private final PasswordEncoder passwordEncoder;

    private final boolean demoLoad;

    private final String demoPassword;

    ProductionSafetyCheck(UserAccountRepository users, PasswordEncoder passwordEncoder,
            @Value("${hubrota.demo.load:false}") boolean demoLoad,
            @Value("${hubrota.demo.password:demo-password-2026}") String demoPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoLoad = demoLoad;
        this.demoPassword = demoPassword;
    }

    @Override
    public void afterPropertiesSet() {
        if (demoLoad) {
            throw new IllegalStateException("Refusing to start: the production profile is active and "
                    + "hubrota.demo.load=true would fill the database with demo users that share a published "
                    + "password. Set hubrota.demo.load=false (environment HUBROTA_DEMO_LOAD=false).");
        }
        // Hashes are salted, so each distinct hash is one bcrypt check (~0.1 s); in parallel on the spare cores.
        long withDemoPassword = users.findDistinctEnabledPasswordHashes()
            .parallelStream()
            .filter(hash -> passwordEncoder.matches(demoPassword, hash))
            .count();
        if (withDemoPassword > 0) {
            throw new IllegalStateException("Refusing to start: the production profile is active and enabled "
                    + "users still have the demo password (hubrota.demo.password). Disable those users or change "
                    + "their passwords (or drop the demo data) before starting in production.");
        }
        log.info("Production safety check passed: no demo data load, no enabled user with the demo password");
    }
}
