package fr.engagements.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.Http;
import fr.engagements.support.PackagedApp;
import fr.engagements.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL database both serve users and run jobs: every task can be
 * completed from either node, and every allowance payment is made exactly once.
 */
class TwoNodesIT {

  private static String[] node(String url, String name) {
    return new String[] {"--spring.profiles.active=demo", "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        // each node's name is kept in the job log, so we see who ran what
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=2"};
  }

  @Test
  void CER_F1_bothNodesServeUsersAndRunJobsAndEveryMonthIsPaidOnceToTheCent() {
    String url = TestPostgres.newDatabase("two_nodes_" + System.nanoTime());
    try (PackagedApp a = PackagedApp.start("node-a", node(url, "node-a"));
        PackagedApp b = PackagedApp.start("node-b", node(url, "node-b"))) {
      CaseDriver fromAtoB = new CaseDriver(a.http(), b.http());
      CaseDriver fromBtoA = new CaseDriver(b.http(), a.http());
      List<String> funded = new ArrayList<>();
      Map<String, String> applicantOf = new HashMap<>();
      for (int i = 0; i < 10; i++) { // the demo campaign funds 10 contracts
        CaseDriver driver = i % 2 == 0 ? fromAtoB : fromBtoA;
        String applicant = "node-applicant-" + i;
        String pid = driver.start(applicant);
        driver.verify(pid);
        driver.admit(pid);
        funded.add(pid);
        applicantOf.put(pid, applicant);
      }
      fromAtoB.awaitPaid(funded, CaseDriver.MONTH_GROSS_CENTS);
      fromBtoA.makeNextPaymentsDue(funded);
      fromAtoB.awaitPaid(funded, 2 * CaseDriver.MONTH_GROSS_CENTS);
      fromAtoB.awaitNoExecutableJob();

      for (String pid : funded) {
        List<JsonNode> paid = CaseDriver.allowances(fromBtoA.ledgerOf(applicantOf.get(pid)));
        assertThat(paid).as("payments of %s: two months, once each", pid).hasSize(2);
        paid.forEach(CaseDriver::assertMonthOfAllowance);
        assertThat(paid.get(0).path("period").asText()).isNotEqualTo(paid.get(1).path("period").asText());
        assertThat(fromAtoB.taskKeys(pid)).containsExactly("submitProject");
      }
      Http admin = a.http().as("demo", "demo");
      Map<String, Integer> jobsPerNode = new HashMap<>();
      for (JsonNode log : admin.get("/engine-rest/history/job-log?maxResults=2000&successLog=true").json()) {
        jobsPerNode.merge(log.path("hostname").asText(), 1, Integer::sum);
      }
      System.out.println("Jobs executed per node: " + jobsPerNode);
      assertThat(jobsPerNode).containsKeys("node-a", "node-b");
    }
  }
}
