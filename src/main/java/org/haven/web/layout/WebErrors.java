package org.haven.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.access.NotFound;
import org.haven.people.PersonReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors on pages: a calm error page with a reference, never an exception text or a trace. */
@ControllerAdvice(basePackages = "org.haven.web")
class WebErrors {

  private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

  @ExceptionHandler(NotFound.class)
  String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(404, request, response, model);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(400, request, response, model);
  }

  /**
   * A word of the address that is not what the handler reads: a malformed person reference is a
   * person that does not exist (404, as an unknown one); any other a bad request.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String mismatch(
      MethodArgumentTypeMismatchException mismatch,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return page(
        PersonReference.class.equals(mismatch.getRequiredType()) ? 404 : 400,
        request,
        response,
        model);
  }

  /** A file beyond {@code spring.servlet.multipart.max-request-size}. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    return page(413, request, response, model);
  }

  /** Refusals go to Spring Security's handler, which audits them. */
  @ExceptionHandler(AccessDeniedException.class)
  void denied(AccessDeniedException denied) {
    throw denied;
  }

  @ExceptionHandler(Exception.class)
  String unexpected(
      Exception unexpected, HttpServletRequest request, HttpServletResponse response, Model model) {
    // Type and place only: an exception text can carry personal data (e.g. a rejected value).
    log.error(
        "Unexpected {} in request {} at {}",
        unexpected.getClass().getName(),
        request.getAttribute("requestId"),
        unexpected.getStackTrace().length > 0 ? unexpected.getStackTrace()[0] : "?");
    return page(500, request, response, model);
  }

  private static String page(
      int status, HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("requestId", request.getAttribute("requestId"));
    return "error";
  }
}
