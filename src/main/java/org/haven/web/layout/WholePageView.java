package org.haven.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page rendered into memory goes to the response in one piece, and the response is completed when
 * the request ends rather than when the page is written. Thymeleaf flushes the writer after a page;
 * a flush commits the response, and Spring Session saves the session when the response is committed
 * and again when the request ends, reading the session from the database once more the second time
 * (the security context deserialised anew). Without the early flush, a page view reads its session
 * once. The buffer holds a page of up to {@value #BUFFER} bytes, so headers added when the request
 * ends (a new session's cookie) still reach the client; a larger page is sent as the buffer fills,
 * as before.
 */
public class WholePageView extends ThymeleafView {

  static final int BUFFER = 64 * 1024;

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (!response.isCommitted() && response.getBufferSize() < BUFFER) {
      try {
        response.setBufferSize(BUFFER);
      } catch (IllegalStateException alreadyWritten) {
        // an error page after part of a response: the container's buffer stays as it is
      }
    }
    super.render(model, request, new Unflushed(response));
  }

  /** The response, with a writer whose flush waits for the end of the request. */
  static final class Unflushed extends HttpServletResponseWrapper {

    private PrintWriter writer;

    Unflushed(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer =
            new PrintWriter(super.getWriter(), false) {
              @Override
              public void flush() {
                // the container flushes when the request ends
              }
            };
      }
      return writer;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    static BeanPostProcessor wholePageViews() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) {
          if (bean instanceof ThymeleafViewResolver resolver) {
            resolver.setViewClass(WholePageView.class);
          }
          return bean;
        }
      };
    }
  }
}
