package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.operations.KeyPerson;
import org.haven.operations.KeyPersonDetails;
import org.haven.operations.KeyPersons;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory of the police districts' key persons for trafficking: read by every signed-in user,
 * kept current by the centre.
 */
@RestController
@Tag(name = "Police key persons")
class KeyPersonsApi {

  static final String KEEPERS = "hasRole('CENTRE_CASEWORKER')";

  private final KeyPersons keyPersons;
  private final CurrentActor currentActor;

  KeyPersonsApi(KeyPersons keyPersons, CurrentActor currentActor) {
    this.keyPersons = keyPersons;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/key-persons")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "The key persons and deputies of every police district; q= matches a region, a district or a name")
  List<KeyPerson> directory(@RequestParam(name = "q", required = false) String search) {
    return keyPersons.directory(search);
  }

  @GetMapping("/api/v1/key-persons/{id}")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "One key person")
  ResponseEntity<KeyPerson> find(@PathVariable UUID id) {
    KeyPerson person = keyPersons.find(id);
    return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
  }

  @PostMapping("/api/v1/key-persons")
  @PreAuthorize(KEEPERS)
  @Operation(summary = "Add a key person or deputy to a police district (the centre)")
  ResponseEntity<KeyPerson> add(@RequestBody KeyPersonDetails body) {
    KeyPerson person = keyPersons.add(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/key-persons/" + person.id()))
        .eTag(Versions.etag(person.version()))
        .body(person);
  }

  @PutMapping("/api/v1/key-persons/{id}")
  @PreAuthorize(KEEPERS)
  @Operation(summary = "Change a key person; requires If-Match")
  ResponseEntity<KeyPerson> change(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody KeyPersonDetails body) {
    KeyPerson person =
        keyPersons.change(id, Versions.required(ifMatch), body, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
  }

  @DeleteMapping("/api/v1/key-persons/{id}")
  @PreAuthorize(KEEPERS)
  @Operation(summary = "Remove a key person from the directory")
  ResponseEntity<Void> remove(@PathVariable UUID id) {
    keyPersons.remove(id, currentActor.require());
    return ResponseEntity.noContent().build();
  }
}
