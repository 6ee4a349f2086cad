package fr.engagements.letter;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CaseFile;
import fr.engagements.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** The decision letters addressed to the person: each record, its SHA-256 and, while kept, the PDF itself. */
@Component
class LetterPersonalData implements PersonalData {

  private final DecisionLetters letters;

  LetterPersonalData(DecisionLetters letters) {
    this.letters = letters;
  }

  @Override
  public Map<String, Object> about(String userId, List<CaseFile> cases) {
    return Map.of("letters", letters.ofRecipient(userId).stream().map(this::letter).toList());
  }

  private Map<String, Object> letter(Letter letter) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", letter.id());
    map.put("businessKey", letter.businessKey());
    map.put("kind", letter.kind().name());
    map.put("label", letter.kindLabel());
    map.put("decision", letter.decision());
    map.put("ruleTable", letter.ruleTable());
    map.put("ruleVersion", letter.ruleVersion());
    map.put("issuedOn", letter.issuedOn().toString());
    map.put("filename", letter.filename());
    map.put("sha256", letter.sha256());
    letters.pdf(letter.id()).ifPresent(pdf -> map.put("pdfBase64", Base64.getEncoder().encodeToString(pdf)));
    return map;
  }
}
