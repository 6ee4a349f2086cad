package fr.engagements.cesp.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * CESP_6: the main and complementary lists recorded on the campaign fit Camunda's String column whatever the
 * faculty's quota (found by the benchmark: a faculty of 100 places failed its campaign on PostgreSQL).
 */
class AllocationListSummaryTest {

  private static List<String> ranked(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> i + ". CESP-2045-N001-" + String.format("%06d", i) + " Inès Lefebvre-Dupont")
        .toList();
  }

  @Test
  void CESP_6_aShortListIsRecordedWhole() {
    assertThat(Allocation.summary(ranked(3)))
        .isEqualTo("1. CESP-2045-N001-000001 Inès Lefebvre-Dupont ; 2. CESP-2045-N001-000002 Inès Lefebvre-Dupont"
            + " ; 3. CESP-2045-N001-000003 Inès Lefebvre-Dupont");
    assertThat(Allocation.summary(List.of())).isEmpty();
  }

  @Test
  void CESP_6_aLongListIsCutBeforeTheColumnLimitAndSaysHowManyAreLeft() {
    String summary = Allocation.summary(ranked(300));

    assertThat(summary.length()).isLessThanOrEqualTo(Allocation.MAX_LIST_CHARS);
    assertThat(summary).startsWith("1. CESP-2045-N001-000001").contains("; 50. CESP-2045-N001-000050");
    int shown = summary.split(" ; ").length - 1;
    assertThat(summary).endsWith("… et " + (300 - shown) + " autres (classement complet dans le registre d'allocation)");
  }
}
