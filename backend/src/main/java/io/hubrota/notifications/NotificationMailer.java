package io.hubrota.notifications;

import io.hubrota.notifications.Notifications.NotificationCreated;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails each notification once the transaction that created it has committed, one message per notification, on a
 * background thread of its own so a slow mail server never holds up a publish. Spring Boot configures a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set; without one nothing is sent and the status stays
 * NOT_SENT. A failure is logged and recorded as FAILED; it never touches what was published.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    private final NotificationRepository notifications;

    private final TransactionTemplate transaction;

    private final String from;

    private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
            PlatformTransactionManager transactionManager,
            @Value("${hubrota.mail.from:Hub Rota <no-reply@hubrota.invalid>}") String from) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NotificationCreated created) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        sending.execute(() -> send(sender, created));
    }

    private void send(JavaMailSender sender, NotificationCreated created) {
        try {
            Recipient recipient = transaction.execute(status -> notifications.findById(created.notificationId())
                    .map(n -> new Recipient(n.getClinician().getName(), n.getClinician().getEmail()))
                    .orElse(null));
            if (recipient == null) {
                return;
            }
            if (recipient.email() == null) {
                record(created, EmailStatus.NO_ADDRESS);
                return;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            message.setSubject(created.title());
            message.setText(body(recipient.name(), created));
            sender.send(message);
            record(created, EmailStatus.SENT);
        } catch (MailException | IllegalArgumentException e) {
            log.warn("Could not e-mail notification {}: {}", created.notificationId(), e.getMessage());
            record(created, EmailStatus.FAILED);
        } catch (RuntimeException e) {
            log.error("Could not e-mail notification {}", created.notificationId(), e);
            record(created, EmailStatus.FAILED);
        }
    }

    /** Plain text: a greeting, the title, then each detail on its own line. */
    static String body(String name, NotificationCreated created) {
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\n")
                .append(created.title()).append(".\n\n");
        created.details().forEach(line -> text.append("  ").append(line).append('\n'));
        if (!created.details().isEmpty()) {
            text.append("\n(+ is a shift you now have, \u2212 a shift you no longer have.)\n");
        }
        return text.append("\nSign in to Hub Rota to see all your shifts.\n").toString();
    }

    private void record(NotificationCreated created, EmailStatus status) {
        try {
            transaction.executeWithoutResult(tx -> notifications.findById(created.notificationId())
                    .ifPresent(n -> n.emailed(status, Instant.now())));
        } catch (RuntimeException e) {
            log.warn("Could not record the e-mail status of notification {}", created.notificationId(), e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sending.shutdown();
        sending.awaitTermination(10, TimeUnit.SECONDS);
    }

    private record Recipient(String name, String email) {
    }
}
