package fr.engagements.allowance;

/** The two contracts whose money the ledger holds; each has its own allowance rates. */
public enum ContractKind { CER, CESP }
