/** Letters, digits and underscores glue words together (tests/fixtures/LABELLING.md rule 6). */
export const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}_])`;
export const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}_])`;
