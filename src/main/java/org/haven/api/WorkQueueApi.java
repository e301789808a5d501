package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import org.haven.access.CurrentActor;
import org.haven.casework.WorkQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's work for today: periods ending, tasks due, interviews planned, new referrals. */
@RestController
@RequestMapping("/api/v1/work-queue")
@Tag(name = "Work queue")
class WorkQueueApi {

  private final WorkQueue workQueue;
  private final CurrentActor currentActor;
  private final ZoneId zone;

  WorkQueueApi(
      WorkQueue workQueue,
      CurrentActor currentActor,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.workQueue = workQueue;
    this.currentActor = currentActor;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "What needs the caller today, most urgent first")
  WorkQueue.Queue queue() {
    return workQueue.of(currentActor.require(), zone);
  }
}
