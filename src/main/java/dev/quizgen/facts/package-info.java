/**
 * Facts: typed names (persons, places, organisations) and the facts questions ask about —
 * roles, dates, quantities, quotes with speakers, events — each with sentence and offsets.
 * One {@link dev.quizgen.facts.FactExtractor} per family, listed in
 * {@link dev.quizgen.facts.FactExtraction}. Depends on {@code nlp} and {@code article}.
 * Word lists live in {@code src/main/resources/lexicon/} (rules as data).
 *
 * <p>Slots ({@link dev.quizgen.facts.Fact#slots()}); the long-standing ones keep their meaning:
 * {@code name}, {@code kind}, {@code phrase}, {@code direction} (PERSON/PLACE/ORGANIZATION),
 * {@code person}, {@code role}, {@code roleNom}, {@code roleInText} (PERSON_ROLE),
 * {@code date}, {@code kind}, {@code phrase}, {@code preposition} (DATE/TIME),
 * {@code number}, {@code unit} (NUMBER/QUANTITY), {@code quote}, {@code quoted}, {@code speaker}
 * (QUOTE), {@code subject}, {@code predicate}, {@code entityType} (EVENT). Added by issue 3:
 * <ul>
 *   <li>{@code case}, {@code gender}, {@code number} — German only, where the full-form dictionary
 *       can tell: the case the words have in their sentence ({@code NOM}, {@code AKK}, {@code DAT},
 *       {@code GEN}), gender ({@code MAS}, {@code FEM}, {@code NEU}) and number ({@code SIN},
 *       {@code PLU}). On PERSON_ROLE they describe the role noun phrase as it stands ({@code mit dem
 *       nordkoreanischen Machthaber} → DAT, MAS, SIN); on PERSON/PLACE/ORGANIZATION the name with
 *       the article before it. A feature the dictionary leaves open is absent. Note that on
 *       NUMBER/QUANTITY facts {@code number} is the numeral, as before; these facts get no
 *       morphology slots.</li>
 *   <li>{@code base} — PERSON/PLACE/ORGANIZATION: the name without a German genitive
 *       ({@code Nordkoreas} → {@code Nordkorea}); {@code name} is then the fullest form of that base.</li>
 *   <li>{@code evidence} — PERSON/PLACE/ORGANIZATION: why the name got its type (for debugging).</li>
 *   <li>{@code kind} on QUOTE — {@code title} (words after a title noun: die Hymne „…“) or
 *       {@code term} (no speaker, no speech verb); both have confidence below 0.6.</li>
 *   <li>{@code sentences} on QUOTE — a quote that runs over several sentences: how many. Its
 *       tokens are those of its first sentence, its text and span run to the closing mark.</li>
 *   <li>{@code kind} on NUMBER/QUANTITY — {@code word} (drei, two) or {@code score} (23–16).</li>
 *   <li>{@code roleNom} may be absent on PERSON_ROLE: when the dictionary cannot inflect the role
 *       (English loan words in German, plural roles), templates that need it skip the fact.</li>
 * </ul>
 *
 * <p>Confidence: 0.6 and above is what questions and distractors may use; names that fit no rule
 * keep a typed guess below it. Numbers and dates whose text stands twice in their sentence are
 * left out (they cannot be asked without showing the answer).
 */
package dev.quizgen.facts;
