package fr.engagements.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a letter: a Thymeleaf template ({@code classpath:letters/<kind>.html}, XHTML) filled with the
 * letter's facts, then laid out to PDF by openhtmltopdf with the embedded DejaVu Sans font (French
 * accents, « », ’, €, narrow no-break spaces), never a system font.
 */
@Component
class LetterRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";

  private final TemplateEngine templates;

  LetterRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("letters/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates = new TemplateEngine();
    templates.setTemplateResolver(resolver);
  }

  /** The XHTML of the letter (what the PDF shows). */
  String html(String template, Map<String, Object> model) {
    Context context = new Context(Locale.FRANCE);
    context.setVariables(model);
    return templates.process(template, context);
  }

  byte[] pdf(String template, Map<String, Object> model) {
    String html = html(template, model);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.withHtmlContent(html, LetterRenderer.class.getResource("/letters/").toExternalForm());
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Letter " + template + " could not be rendered", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream in = LetterRenderer.class.getResourceAsStream("/letters/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("Font letters/fonts/" + file + " is missing from the classpath");
    }
    return in;
  }
}
