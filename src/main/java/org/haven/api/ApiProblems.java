package org.haven.api;

import java.net.URI;
import java.util.List;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.StaleVersion;
import org.haven.exchange.ExportReleases;
import org.haven.intake.Referral;
import org.haven.operations.ActionNotPlanned;
import org.haven.operations.TaskForceClosed;
import org.haven.outreach.ActivityClosed;
import org.haven.people.KnownCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every API error as a problem detail (RFC 9457): a title, a detail in the caller's language, the
 * request id, and for invalid input an {@code errors} list of {@code {field, message}}. Never an
 * exception text or a trace.
 */
@RestControllerAdvice(basePackages = "org.haven.api")
class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  /** Fields that break a rule. */
  record FieldError(String field, String message) {}

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput invalid) {
    return withErrors(
        invalid.all().stream()
            .map(
                error ->
                    new FieldError(
                        error.field(),
                        messages.getMessage(
                            error.messageKey(),
                            error.arguments(),
                            LocaleContextHolder.getLocale())))
            .toList());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException invalid) {
    List<FieldError> errors =
        invalid.getBindingResult().getFieldErrors().stream()
            .map(
                error ->
                    new FieldError(
                        error.getField(),
                        messages.getMessage(error, LocaleContextHolder.getLocale())))
            .toList();
    return withErrors(errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Malformed request body",
            "The body is not valid JSON of the expected shape, or a value has the wrong type or an unknown constant.");
    // Name the field (e.g. "amount" given as text), never the value: it may be personal data.
    String field = field(unreadable);
    if (field != null) {
      problem.setProperty(
          "errors",
          List.of(
              new FieldError(
                  field,
                  messages.getMessage(
                      "validation.invalid", null, LocaleContextHolder.getLocale()))));
    }
    return problem;
  }

  /** The path of the JSON property a body failed at, like {@code birth.year}, if known. */
  private static String field(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
          if (reference.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
          } else if (reference.getIndex() >= 0) {
            path.append('[').append(reference.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid parameter",
            "A path or query parameter has the wrong format.");
    problem.setProperty("errors", List.of(new FieldError(mismatch.getName(), "wrong format")));
    return problem;
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException missing) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST, "Missing parameter", "A required query parameter is missing.");
    problem.setProperty("errors", List.of(new FieldError(missing.getParameterName(), "required")));
    return problem;
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound notFound) {
    return problem(
        HttpStatus.NOT_FOUND, "Not found", "There is no such record, or you may not see it.");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noEndpoint(NoResourceFoundException none) {
    return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such endpoint.");
  }

  @ExceptionHandler(KnownCheck.TooManyQuestions.class)
  ResponseEntity<ProblemDetail> tooMany(KnownCheck.TooManyQuestions many) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(Math.max(1, many.retryAfterSeconds())))
        .body(
            problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many questions",
                "Your organisation asked more questions this hour than Haven answers. Ask again"
                    + " after the time in Retry-After."));
  }

  @ExceptionHandler(StaleVersion.class)
  ProblemDetail stale(StaleVersion stale) {
    return problem(
        HttpStatus.PRECONDITION_FAILED,
        "Changed by someone else",
        "The record changed since you read it. Read it again and repeat your change.");
  }

  @ExceptionHandler(IdempotencyKeys.Refused.class)
  ProblemDetail idempotency(IdempotencyKeys.Refused refused) {
    return problem(refused.status, "Idempotency-Key conflict", refused.getMessage());
  }

  @ExceptionHandler(ExportReleases.NotReleased.class)
  ProblemDetail notReleased(ExportReleases.NotReleased refused) {
    return switch (refused.status()) {
      case AWAITING_APPROVAL ->
          problem(
              HttpStatus.CONFLICT,
              "Not approved yet",
              "Another administrator or centre caseworker must approve the export first.");
      case DOWNLOADED ->
          problem(
              HttpStatus.GONE,
              "Downloaded already",
              "An approved export is downloaded once. Request it again if it is needed again.");
      default ->
          problem(
              HttpStatus.GONE,
              "Expired",
              "An approval holds for 24 hours and a request for 7 days. Request the export again.");
    };
  }

  @ExceptionHandler(ActivityClosed.class)
  ProblemDetail activityClosed(ActivityClosed closed) {
    return problem(HttpStatus.CONFLICT, "The activity was closed", closed.getMessage());
  }

  @ExceptionHandler(ActionNotPlanned.class)
  ProblemDetail actionNotPlanned(ActionNotPlanned notPlanned) {
    return problem(
        HttpStatus.CONFLICT,
        "The action was held or called off",
        "The joint action was already held or called off, so this is no longer possible.");
  }

  @ExceptionHandler(TaskForceClosed.class)
  ProblemDetail taskForceClosed(TaskForceClosed closed) {
    return problem(
        HttpStatus.CONFLICT,
        "The task force is closed",
        "The task force was closed: nothing is added to it.");
  }

  @ExceptionHandler(Referral.WrongStatus.class)
  ProblemDetail wrongStatus(Referral.WrongStatus wrong) {
    return problem(
        HttpStatus.CONFLICT,
        "Not possible in this state",
        "This is not possible while the referral is " + wrong.status() + ".");
  }

  @ExceptionHandler(Versions.PreconditionRequired.class)
  ProblemDetail preconditionRequired(Versions.PreconditionRequired missing) {
    return problem(
        HttpStatus.PRECONDITION_REQUIRED,
        "If-Match required",
        "Send the ETag you read as If-Match, so that nobody's change is overwritten unseen.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException method) {
    return problem(
        HttpStatus.METHOD_NOT_ALLOWED,
        "Method not allowed",
        "This endpoint does not take that method.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException mediaType) {
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type",
        "Send the body as application/json.");
  }

  /** Refusals go to Spring Security's handler, which audits them. */
  @ExceptionHandler(AccessDeniedException.class)
  void denied(AccessDeniedException denied) {
    throw denied;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception unexpected) {
    // Type and place only: an exception text can carry personal data (e.g. a rejected value).
    log.error(
        "Unexpected {} in request {} at {}",
        unexpected.getClass().getName(),
        MDC.get("requestId"),
        unexpected.getStackTrace().length > 0 ? unexpected.getStackTrace()[0] : "?");
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "Something went wrong on our side; nothing was changed. Quote the request id when you report it.");
  }

  private ProblemDetail withErrors(List<FieldError> errors) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid input",
            "One or more fields are not valid; see errors.");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    String requestId = MDC.get("requestId");
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return problem;
  }
}
