package org.haven.information;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.haven.access.InvalidInput;

/**
 * The restricted markdown of the help pages: paragraphs, headings, lists, emphasis and links to
 * other pages, phone numbers, mail or secure sites. Raw HTML and images are refused when a text is
 * saved, and should one reach the renderer anyway, HTML is escaped, images become their description
 * and unsafe link targets are dropped: no script and no remote content can reach a reader.
 */
final class HelpMarkdown {

  static final int TITLE_LIMIT = 120;
  static final int BODY_LIMIT = 20_000;
  private static final List<String> SAFE_SCHEMES = List.of("https:", "tel:", "mailto:");

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .nodeRendererFactory(ImageAsText::new)
          .attributeProviderFactory(
              context ->
                  (node, tagName, attributes) -> {
                    if (node instanceof Link link) {
                      if (!safeTarget(link.getDestination())) {
                        attributes.remove("href");
                      } else if (link.getDestination().startsWith("https:")) {
                        attributes.put("rel", "noreferrer noopener");
                      }
                    }
                  })
          .build();

  private HelpMarkdown() {}

  /** The text as HTML, with {@code {emergency}} replaced by the emergency number. */
  static String html(String markdown, String emergencyNumber) {
    return RENDERER.render(PARSER.parse(markdown.replace("{emergency}", emergencyNumber)));
  }

  /** Refuses a title or a text the pages may not show, field by field. */
  static void check(String title, String body, InvalidInput.Gathered errors) {
    if (title == null || title.isBlank()) {
      errors.add("title", "validation.required");
    } else if (title.strip().length() > TITLE_LIMIT) {
      errors.add("title", "validation.tooLong", TITLE_LIMIT);
    } else if (title.contains("<") || title.contains(">")) {
      errors.add("title", "information.html");
    }
    if (body == null || body.isBlank()) {
      errors.add("body", "validation.required");
      return;
    }
    if (body.length() > BODY_LIMIT) {
      errors.add("body", "validation.tooLong", BODY_LIMIT);
      return;
    }
    PARSER
        .parse(body)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HtmlBlock html) {
                errors.add("body", "information.html");
              }

              @Override
              public void visit(HtmlInline html) {
                errors.add("body", "information.html");
              }

              @Override
              public void visit(Image image) {
                errors.add("body", "information.image");
              }

              @Override
              public void visit(Link link) {
                if (!safeTarget(link.getDestination())) {
                  errors.add("body", "information.link");
                }
                visitChildren(link);
              }
            });
  }

  /** A page of the help pages (a relative address) or a secure site, phone number or mail. */
  static boolean safeTarget(String destination) {
    if (destination == null || destination.isBlank()) {
      return false;
    }
    String target = destination.strip().toLowerCase(Locale.ROOT);
    if (target.startsWith("//")) {
      return false; // another host, without saying so
    }
    int colon = target.indexOf(':');
    int slash = target.indexOf('/');
    boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
    return !hasScheme || SAFE_SCHEMES.stream().anyMatch(target::startsWith);
  }

  /** Renders an image as its description only: the pages load nothing from elsewhere. */
  private static final class ImageAsText implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ImageAsText(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text text) {
          html.text(text.getLiteral());
        } else {
          context.render(child);
        }
      }
    }
  }
}
