package org.haven.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class WholePageViewTest {

  @Test
  void aPageWrittenAndFlushedLeavesTheResponseOpenUntilTheRequestEnds() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    PrintWriter writer = new WholePageView.Unflushed(response).getWriter();

    writer.write("<html>the page</html>");
    writer.flush();

    assertThat(response.isCommitted()).isFalse();
    response.flushBuffer();
    assertThat(response.isCommitted()).isTrue();
    assertThat(response.getContentAsString()).isEqualTo("<html>the page</html>");
  }

  @Test
  void theSameWriterServesEveryCall() throws Exception {
    WholePageView.Unflushed response = new WholePageView.Unflushed(new MockHttpServletResponse());

    assertThat(response.getWriter()).isSameAs(response.getWriter());
  }
}
