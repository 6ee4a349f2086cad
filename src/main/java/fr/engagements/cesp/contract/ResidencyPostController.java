package fr.engagements.cesp.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CESP_8 and CESP_2 as data, for administrators and the CNG: {@code GET /api/admin/cesp/residency-posts/{year}} (the round's
 * posts and choosers), {@code PUT …/{year}} {@code [{"code", "subdivision", "specialty", "places"}]} (the CESP list of
 * posts), {@code POST …/{year}/round} {@code {"ranks": {"CESP-…": 152}}} (opens the choice, best rank first), and
 * {@code PUT /api/admin/cesp/regions/{code}/payer} {@code {"payer": "ARS"}} (who pays the region's new contracts).
 * Anyone else: 403; bad input: 400 in French.
 */
@RestController
class ResidencyPostController {

  record Round(int year, List<ResidencyPost> posts, List<PostChoice> choosers) {
  }

  private final ResidencyPostChoice choice;
  private final ReferenceData reference;
  private final Regions regions;
  private final IdentityService identity;

  ResidencyPostController(ResidencyPostChoice choice, ReferenceData reference, Regions regions, @Lazy IdentityService identity) {
    this.choice = choice;
    this.reference = reference;
    this.regions = regions;
    this.identity = identity;
  }

  @GetMapping(path = "/api/admin/cesp/residency-posts/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  Round get(@PathVariable int year) {
    adminOrCng();
    return new Round(year, choice.posts(year), choice.round(year));
  }

  @PutMapping(path = "/api/admin/cesp/residency-posts/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  Round posts(@PathVariable int year, @RequestBody(required = false) List<Map<String, Object>> body) {
    adminOrCng();
    if (body == null || body.isEmpty()) {
      throw CaseInputException.badRequest("Envoyez la liste des postes : [{\"code\": …, \"subdivision\": …, \"specialty\": …,"
          + " \"places\": N}] (règle CESP_8).");
    }
    List<ResidencyPostChoice.PostSpec> specs = new ArrayList<>();
    for (Map<String, Object> p : body) {
      if (!(p.get("code") instanceof String code) || !code.matches("[A-Za-z0-9-]{2,60}")
          || !(p.get("subdivision") instanceof String sub) || sub.isBlank() || sub.length() > 100
          || !(p.get("specialty") instanceof String spe) || spe.isBlank() || spe.length() > 100
          || !(p.get("places") instanceof Integer places) || places < 1 || places > 999) {
        throw CaseInputException.badRequest("Poste invalide : " + p + ". Chaque poste a un code (lettres, chiffres, tirets),"
            + " une subdivision, une spécialité et un nombre de places (1 à 999).");
      }
      specs.add(new ResidencyPostChoice.PostSpec(code, sub.strip(), spe.strip(), places));
    }
    choice.definePosts(year, specs);
    return get(year);
  }

  @PostMapping(path = "/api/admin/cesp/residency-posts/{year}/round", produces = MediaType.APPLICATION_JSON_VALUE)
  Round open(@PathVariable int year, @RequestBody(required = false) Map<String, Object> body) {
    adminOrCng();
    if (body == null || !(body.get("ranks") instanceof Map<?, ?> raw) || raw.isEmpty()) {
      throw CaseInputException.badRequest("Envoyez {\"ranks\": {\"CESP-…\": rang national, …}} : les bénéficiaires et leur rang"
          + " aux épreuves nationales (règle CESP_8).");
    }
    Map<String, Integer> ranks = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (!(v instanceof Integer rank)) {
        throw CaseInputException.badRequest("Le rang national de " + k + " doit être un entier.");
      }
      ranks.put(String.valueOf(k), rank);
    });
    choice.openRound(year, ranks);
    return get(year);
  }

  @PutMapping(path = "/api/admin/cesp/regions/{code}/payer", produces = MediaType.APPLICATION_JSON_VALUE)
  @org.springframework.transaction.annotation.Transactional
  Map<String, String> payer(@PathVariable String code, @RequestBody(required = false) Map<String, Object> body) {
    adminOrCng();
    Region region = regions.findById(code).orElseThrow(() -> CaseInputException.notFound("Aucune région « " + code + " »."));
    if (body == null || body.size() != 1 || !(body.get("payer") instanceof String payer)
        || !(payer.equals(ReferenceData.Payer.CNG) || payer.equals(ReferenceData.Payer.ARS))) {
      throw CaseInputException.badRequest("Envoyez {\"payer\": \"CNG\"} ou {\"payer\": \"ARS\"} : qui verse l'allocation des"
          + " contrats signés dans la région (règle CESP_2). Les contrats déjà signés gardent leur payeur.");
    }
    region.setPayer(payer);
    return Map.of("region", code, "payer", payer, "payerName", reference.payerName(payer, code));
  }

  private void adminOrCng() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous.");
    }
    if (!user.isAdmin() && !user.groups().contains(Groups.CNG)) {
      throw CaseInputException.forbidden("La liste des postes CESP, les procédures de choix et le payeur sont gérés par le CNG"
          + " et les administrateurs.");
    }
  }
}
