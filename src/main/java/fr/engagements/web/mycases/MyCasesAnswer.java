package fr.engagements.web.mycases;

import java.util.List;

/**
 * « Mes dossiers » for one person: their cases, open ones first, and what to offer when there is none: the ways to
 * apply that concern them, and the campaign boards when they run campaigns.
 *
 * @param applyCer  offer the CER's eligibility self-check and start form
 * @param applyCesp offer the CESP's start form
 * @param boards    the person runs campaigns: « Tableaux de bord » is where their work is
 */
public record MyCasesAnswer(List<MyCase> cases, boolean applyCer, boolean applyCesp, boolean boards) {
}
