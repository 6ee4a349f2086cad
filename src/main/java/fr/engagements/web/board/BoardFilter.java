package fr.engagements.web.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.engagements.process.CaseInputException;

/**
 * What a board is asked for: {@code campaign} (a year; default the latest), {@code step} (a task key of the model,
 * {@code WAITING}, {@code ENDED}), {@code outcome} ({@code OPEN} or an outcome of the contract), {@code overdue}
 * ({@code true}/{@code false}), {@code q} (part of a name or business key), {@code sort} ({@code key}, {@code name},
 * {@code created}, {@code due}; {@code -} first for descending), {@code page} (from 1) and {@code size} (rows per page,
 * {@value #PAGE_SIZE} by default, at most {@value #MAX_SIZE}).
 * Bad values are refused together, in French (400).
 */
public record BoardFilter(Integer campaign, String step, String outcome, Boolean overdue, String q, String sort,
    boolean descending, int page, int size) {

  public static final int PAGE_SIZE = 50;
  public static final int MAX_SIZE = 200;
  static final Set<String> SORTS = Set.of("key", "name", "created", "due");
  static final int MAX_QUERY = 100;

  /** Parses the request's parameters; {@code steps} and {@code outcomes} are the values this board knows. */
  static BoardFilter parse(Map<String, String> params, Set<String> steps, Set<String> outcomes) {
    List<String> problems = new ArrayList<>();
    Integer campaign = null;
    String rawCampaign = blankToNull(params.get("campaign"));
    if (rawCampaign != null) {
      try {
        campaign = Integer.valueOf(rawCampaign);
        if (campaign < 2000 || campaign > 2100) {
          problems.add("La campagne (campaign) est une année entre 2000 et 2100 : « " + rawCampaign + " » ne convient pas.");
        }
      } catch (NumberFormatException e) {
        problems.add("La campagne (campaign) est une année, par exemple 2027 : « " + shorten(rawCampaign) + " » ne convient pas.");
      }
    }
    String step = blankToNull(params.get("step"));
    if (step != null && !steps.contains(step)) {
      problems.add("Étape (step) inconnue : « " + shorten(step) + " ». Valeurs possibles : " + String.join(", ", steps.stream().sorted().toList())
          + ".");
    }
    String outcome = blankToNull(params.get("outcome"));
    if (outcome != null && !outcomes.contains(outcome)) {
      problems.add("Issue (outcome) inconnue : « " + shorten(outcome) + " ». Valeurs possibles : "
          + String.join(", ", outcomes.stream().sorted().toList()) + ".");
    }
    Boolean overdue = null;
    String rawOverdue = blankToNull(params.get("overdue"));
    if (rawOverdue != null) {
      if (rawOverdue.equals("true") || rawOverdue.equals("false")) {
        overdue = Boolean.valueOf(rawOverdue);
      } else {
        problems.add("Le filtre des retards (overdue) vaut true ou false : « " + shorten(rawOverdue) + " » ne convient pas.");
      }
    }
    String q = blankToNull(params.get("q"));
    if (q != null && q.length() > MAX_QUERY) {
      problems.add("La recherche (q) compte au plus " + MAX_QUERY + " caractères.");
    }
    String rawSort = blankToNull(params.get("sort"));
    String sort = "key";
    boolean descending = false;
    if (rawSort != null) {
      descending = rawSort.startsWith("-");
      sort = descending ? rawSort.substring(1) : rawSort;
      if (!SORTS.contains(sort)) {
        problems.add("Tri (sort) inconnu : « " + shorten(rawSort) + " ». Valeurs possibles : key, name, created, due, précédées"
            + " de « - » pour l'ordre décroissant.");
      }
    }
    int page = 1;
    String rawPage = blankToNull(params.get("page"));
    if (rawPage != null) {
      try {
        page = Integer.parseInt(rawPage);
        if (page < 1 || page > 100_000) {
          problems.add("La page (page) est un nombre entier à partir de 1 : « " + rawPage + " » ne convient pas.");
        }
      } catch (NumberFormatException e) {
        problems.add("La page (page) est un nombre entier à partir de 1 : « " + shorten(rawPage) + " » ne convient pas.");
      }
    }
    int size = PAGE_SIZE;
    String rawSize = blankToNull(params.get("size"));
    if (rawSize != null) {
      try {
        size = Integer.parseInt(rawSize);
        if (size < 1 || size > MAX_SIZE) {
          problems.add("Le nombre de lignes par page (size) va de 1 à " + MAX_SIZE + " : « " + rawSize + " » ne convient pas.");
        }
      } catch (NumberFormatException e) {
        problems.add("Le nombre de lignes par page (size) va de 1 à " + MAX_SIZE + " : « " + shorten(rawSize) + " » ne convient pas.");
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
    return new BoardFilter(campaign, step, outcome, overdue, q, sort, descending, page, size);
  }

  BoardFilter withCampaign(int year) {
    return new BoardFilter(year, step, outcome, overdue, q, sort, descending, page, size);
  }

  /** The parameters of this filter, for links (another page, another sort, the CSV): nulls left out. */
  public Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    if (campaign != null) {
      params.put("campaign", campaign.toString());
    }
    put(params, "step", step);
    put(params, "outcome", outcome);
    if (overdue != null) {
      params.put("overdue", overdue.toString());
    }
    put(params, "q", q);
    if (!"key".equals(sort) || descending) {
      params.put("sort", (descending ? "-" : "") + sort);
    }
    if (page > 1) {
      params.put("page", Integer.toString(page));
    }
    if (size != PAGE_SIZE) {
      params.put("size", Integer.toString(size));
    }
    return params;
  }

  public String sortParam() {
    return (descending ? "-" : "") + sort;
  }

  int offset() {
    return (page - 1) * size;
  }

  /** The same filter on its first page: for a page whose rows are already chosen by their keys. */
  BoardFilter firstPage() {
    return new BoardFilter(campaign, step, outcome, overdue, q, sort, descending, 1, size);
  }

  private static void put(Map<String, String> params, String name, String value) {
    if (value != null) {
      params.put(name, value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
