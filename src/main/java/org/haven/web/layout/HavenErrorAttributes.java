package org.haven.web.layout;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error pages and error bodies say what happened and give a reference, never an exception, a
 * message or a trace: those can carry personal data.
 */
@Component
class HavenErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes =
        super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    attributes.remove("exception");
    attributes.remove("message");
    attributes.remove("trace");
    attributes.remove("errors");
    Object requestId = request.getAttribute("requestId", RequestAttributes.SCOPE_REQUEST);
    if (requestId != null) {
      attributes.put("requestId", requestId);
    }
    return attributes;
  }
}
