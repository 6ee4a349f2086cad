package fr.engagements.web.board;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.engagements.casefile.CaseType;
import fr.engagements.web.board.BoardPage.Row;
import fr.engagements.web.board.BoardPage.RowTask;

/**
 * The rows of a board's page as French Excel opens them: UTF-8 with a byte-order mark, {@code ;} between fields,
 * CRLF between lines, fields quoted when needed, and a text that a spreadsheet would take for a formula defused.
 */
final class BoardCsv {

  static final String BOM = "\uFEFF";

  private BoardCsv() {
  }

  static String of(Board board, BoardPage page) {
    List<String> header = new ArrayList<>(List.of("Dossier", "Demandeur", "Campagne"));
    boolean cesp = board.type() == CaseType.CESP;
    if (cesp) {
      header.addAll(List.of("Faculté", "Région", "Phase"));
    }
    header.addAll(List.of("Étape en cours", "Échéance", "En retard", "Issue"));
    if (!cesp) {
      header.add("Financement");
    }
    if (board == Board.CNG) {
      header.addAll(List.of("Allocation versée (EUR brut)", "Somme due (EUR)"));
    }
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, header);
    for (Row row : page.rows()) {
      List<String> fields = new ArrayList<>(List.of(row.businessKey(), nz(row.applicantName()), Integer.toString(row.campaignYear())));
      if (cesp) {
        fields.addAll(List.of(nz(row.faculty()), nz(row.region()), nz(row.phase())));
      }
      fields.add(nz(row.state()));
      fields.add(row.tasks().stream().map(RowTask::dueText).filter(d -> d != null).distinct().collect(Collectors.joining(" ; ")));
      fields.add(row.overdue() ? "oui" : "non");
      fields.add(row.outcomeLabel() == null ? "En cours" : row.outcomeLabel());
      if (!cesp) {
        fields.add(nz(row.funding()));
      }
      if (board == Board.CNG) {
        fields.add(euros(row.allowancePaidCents()));
        fields.add(euros(row.reimbursementDueCents()));
      }
      line(csv, fields);
    }
    return csv.toString();
  }

  private static String euros(Long cents) {
    // a plain decimal with a comma: French Excel reads it as a number
    return cents == null ? "" : java.math.BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static void line(StringBuilder csv, List<String> fields) {
    csv.append(fields.stream().map(BoardCsv::field).collect(Collectors.joining(";"))).append("\r\n");
  }

  static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
