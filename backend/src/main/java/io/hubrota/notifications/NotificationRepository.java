package io.hubrota.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop50ByClinicianIdOrderByCreatedAtDesc(Long clinicianId);

    Optional<Notification> findByIdAndClinicianId(Long id, Long clinicianId);
}
