package fr.engagements.cer.project;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The project form's reference lists ({@link ReferenceLists}): JSON arrays of strings, suggestions only (CER_P4 accepts any value). */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

  private final ReferenceLists lists;

  ReferenceController(ReferenceLists lists) {
    this.lists = lists;
  }

  @GetMapping("/des-specialties")
  List<String> desSpecialties() {
    return lists.desSpecialties();
  }

  @GetMapping("/subdivisions")
  List<String> subdivisions() {
    return lists.subdivisions();
  }
}
