/** One question-and-answer entry of the attendance knowledge base. */
export interface KnowledgeEntry {
  /** Stable identifier, for example `penalty-notice-non-payment`. */
  id: string;
  /** Topic used to group entries, for example `codes` or `penalty-notices`. */
  topic: string;
  /** Question the entry answers, as a member of staff would ask it. */
  title: string;
  /** Short plain-English answer, a few sentences at most. */
  answer: string;
  /** Other ways staff ask the same question, used by retrieval. */
  phrasings: string[];
  /** Public web pages that back the answer. */
  sources: KnowledgeSource[];
  /** ISO date (YYYY-MM-DD) when the answer was last checked against its sources. */
  lastReviewed: string;
  /** Ids of entries worth offering as follow-up questions. */
  related?: string[];
}

/** A public page that an answer is based on. */
export interface KnowledgeSource {
  /** Human-readable name of the page or document. */
  title: string;
  /** Absolute https URL. */
  url: string;
}
