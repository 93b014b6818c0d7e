package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, rotates and revokes calendar feed tokens: 32 random bytes, base64url without padding (43 characters). A
 * feed URL is a bearer secret that calendar apps fetch without signing in, so only its hash is stored and the plain
 * token is returned once.
 */
@Service
@Transactional
public class CalendarTokens {

    private static final int TOKEN_BYTES = 32;

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarTokenRepository tokens;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock;

    CalendarTokens(CalendarTokenRepository tokens, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Revokes the clinician's current token, if any, and returns a new plain token. */
    public String rotate(Clinician clinician) {
        Instant now = clock.instant();
        // Flushed first: Hibernate would insert the new row before updating the old one, and at most one token per
        // clinician may be active.
        tokens.findByClinicianAndRevokedAtIsNull(clinician).ifPresent(old -> {
            old.revoke(now);
            tokens.saveAndFlush(old);
        });
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new CalendarToken(clinician, hash(token), now));
        return token;
    }

    public void revoke(Clinician clinician) {
        tokens.findByClinicianAndRevokedAtIsNull(clinician).ifPresent(token -> token.revoke(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<CalendarToken> active(Clinician clinician) {
        return tokens.findByClinicianAndRevokedAtIsNull(clinician);
    }

    /** The clinician whose active token this is; empty for malformed, unknown and revoked tokens alike. */
    @Transactional(readOnly = true)
    public Optional<Clinician> clinicianFor(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(token)).map(CalendarToken::getClinician);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
