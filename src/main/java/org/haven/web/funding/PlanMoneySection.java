package org.haven.web.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.haven.funding.Funding;
import org.haven.funding.PlanReports;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The plan page's money (the table by initiative, the chart, the table by grant holder and year),
 * rendered once for the figures it shows and the reader's language, and kept until a figure moves.
 * The figures come from {@link Funding#overview} and the holders' lines of {@link PlanReports},
 * which keep their sums for the funding records' version; return costs are read afresh at every
 * view, and a changed cost changes the overview, so the section is rendered again. Every view still
 * asks both for their figures, with the reader's rights: only the rendering is saved.
 */
@Component
class PlanMoneySection {

  /** What the section shows: the same figures in the same language give the same markup. */
  record Figures(
      Funding.PlanOverview overview, List<PlanReports.MoneyLine> holders, Locale locale) {}

  private record Rendered(Figures figures, String html) {}

  private record Slot(UUID plan, Locale locale) {}

  private static final int MOST_KEPT = 64;

  private final ITemplateEngine templates;
  private final ApplicationContext application;
  private final Map<Slot, Rendered> kept = new ConcurrentHashMap<>();

  PlanMoneySection(ITemplateEngine templates, ApplicationContext application) {
    this.templates = templates;
    this.application = application;
  }

  /**
   * The section's markup for these figures: kept from an earlier view when the figures are equal,
   * else rendered from {@code funding/plan-money} with the variables {@code variables} gives.
   */
  String html(
      UUID plan,
      Figures figures,
      HttpServletRequest request,
      HttpServletResponse response,
      Supplier<Map<String, Object>> variables) {
    Slot slot = new Slot(plan, figures.locale());
    Rendered rendered = kept.get(slot);
    if (rendered != null && rendered.figures().equals(figures)) {
      return rendered.html();
    }
    WebContext context =
        new WebContext(
            JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new PlainLinks(response)),
            figures.locale(),
            variables.get());
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(application, null));
    String html = templates.process("funding/plan-money", context);
    if (kept.size() >= MOST_KEPT) {
      kept.clear();
    }
    kept.put(slot, new Rendered(figures, html));
    return html;
  }

  /**
   * Links written as they are, never with a session in them: the markup is shared by every reader
   * of the plan, so nothing of the request that rendered it may end up in it.
   */
  private static final class PlainLinks extends HttpServletResponseWrapper {

    PlainLinks(HttpServletResponse response) {
      super(response);
    }

    @Override
    public String encodeURL(String url) {
      return url;
    }

    @Override
    public String encodeRedirectURL(String url) {
      return url;
    }
  }
}
