import type { Question, Questionnaire } from "./types.ts";

/**
 * The client intake questionnaire (reference §5.1, §5.2; Wales SI 2024/1244 Sch 3 para 3 as the
 * model consultation). The client fills it on a phone, so labels are short, plain and kind; help
 * text gives examples. Question ids and option values are a contract: the screening engine,
 * stored answers and the API all use them. Never change a published version: add a new one.
 */

const yesNo = (
  id: string,
  label: string,
  help: string | undefined,
  required: boolean,
  followUps?: Question["followUps"],
): Question => ({
  id,
  label,
  ...(help === undefined ? {} : { help }),
  type: "yes_no",
  required,
  ...(followUps === undefined ? {} : { followUps }),
});

const text = (
  id: string,
  label: string,
  help: string | undefined,
  required: boolean,
): Question => ({
  id,
  label,
  ...(help === undefined ? {} : { help }),
  type: "text",
  required,
});

const date = (id: string, label: string, help: string | undefined): Question => ({
  id,
  label,
  ...(help === undefined ? {} : { help }),
  type: "date",
  required: true,
});

const APPROXIMATE = "An approximate date is fine if you are not sure of the exact day.";

export const CURRENT_QUESTIONNAIRE_VERSION = 1;

export const INTAKE_QUESTIONNAIRE: Questionnaire = {
  version: 1,
  sections: [
    {
      id: "pregnancy",
      title: "Pregnancy",
      questions: [
        yesNo(
          "pregnant_or_breastfeeding",
          "Are you pregnant or breastfeeding?",
          "We ask everyone. Treatment waits until after pregnancy and breastfeeding.",
          true,
        ),
      ],
    },
    {
      id: "blood",
      title: "Bleeding and blood thinners",
      questions: [
        yesNo(
          "anticoagulants",
          "Do you take any medicine that thins your blood?",
          "For example warfarin, apixaban, rivaroxaban, heparin injections or a daily aspirin.",
          true,
          [
            {
              when: true,
              questions: [
                text(
                  "anticoagulant_details",
                  "Which medicine do you take, and how much?",
                  "The name and dose are enough. Please don't stop any medicine without speaking to your doctor first.",
                  true,
                ),
              ],
            },
          ],
        ),
        yesNo(
          "bleeding_disorder",
          "Do you have a condition that affects bleeding or blood clotting?",
          "For example haemophilia, von Willebrand disease, a low platelet count or sickle cell disease.",
          true,
          [
            {
              when: true,
              questions: [
                text(
                  "bleeding_disorder_details",
                  "Can you tell us a little more about it?",
                  "Optional. The name of the condition is enough.",
                  false,
                ),
              ],
            },
          ],
        ),
      ],
    },
    {
      id: "skin",
      title: "Skin and scalp",
      questions: [
        yesNo(
          "keloid_scarring",
          "Have you ever had raised, thickened scars (keloids)?",
          "Keloids are firm scars that grow beyond the edges of a cut, piercing or operation wound.",
          true,
        ),
        yesNo(
          "scalp_condition_active",
          "Do you have a skin problem on your scalp at the moment?",
          "For example psoriasis, eczema, flaky or itchy patches, spots, or an infection such as a cold sore or shingles.",
          true,
          [
            {
              when: true,
              questions: [
                {
                  id: "scalp_condition_kinds",
                  label: "Which of these do you have at the moment?",
                  help: "Choose all that apply.",
                  type: "multi",
                  required: true,
                  options: [
                    { value: "psoriasis", label: "Psoriasis" },
                    { value: "eczema", label: "Eczema" },
                    { value: "dermatitis", label: "Dermatitis (an itchy, red rash)" },
                    {
                      value: "seborrhoeic_dermatitis",
                      label: "Seborrhoeic dermatitis (greasy, flaky patches)",
                    },
                    { value: "folliculitis", label: "Folliculitis (inflamed hair follicles)" },
                    { value: "acne", label: "Acne or spots" },
                    {
                      value: "infection",
                      label: "An infection (cold sores, shingles or another infection)",
                    },
                    { value: "other", label: "Something else" },
                  ],
                },
                text(
                  "scalp_condition_details",
                  "Anything else we should know about it?",
                  "Optional. For example where it is and whether you are being treated for it.",
                  false,
                ),
              ],
            },
          ],
        ),
        yesNo(
          "sunburn_scalp",
          "Is your scalp sunburnt at the moment?",
          "Including sunburn that is still peeling or sore.",
          true,
        ),
        yesNo(
          "trichotillomania",
          "Do you ever feel a strong urge to pull or pick at your hair or skin?",
          "This is common and nothing to feel embarrassed about. We ask because picking can damage healing skin.",
          true,
        ),
        yesNo(
          "alopecia_areata",
          "Have you been diagnosed with alopecia areata?",
          "Alopecia areata causes round patches of hair loss that can come and go.",
          true,
          [
            {
              when: true,
              questions: [
                date(
                  "alopecia_areata_last_activity",
                  "When did a new patch last appear, or a patch last spread?",
                  APPROXIMATE,
                ),
              ],
            },
          ],
        ),
      ],
    },
    {
      id: "conditions",
      title: "Health conditions",
      questions: [
        yesNo("diabetes", "Do you have diabetes?", undefined, true, [
          {
            when: true,
            questions: [
              yesNo(
                "diabetes_controlled",
                "Is your diabetes well controlled at the moment?",
                "For example, your blood sugar usually stays within the range your doctor or nurse has advised.",
                true,
              ),
            ],
          },
        ]),
        yesNo(
          "heart_condition",
          "Do you have a heart condition or high blood pressure?",
          "Including heart disease and heart valve problems.",
          true,
          [
            {
              when: true,
              questions: [
                text(
                  "heart_condition_details",
                  "Can you tell us a little more about it?",
                  "Optional. For example the condition and any medicines you take for it.",
                  false,
                ),
              ],
            },
          ],
        ),
        yesNo(
          "epilepsy",
          "Do you have epilepsy?",
          "Or another condition that causes seizures or fits.",
          true,
        ),
        yesNo(
          "immunosuppression",
          "Do you have a condition, or take a medicine, that weakens your immune system?",
          "Including autoimmune conditions (such as lupus or rheumatoid arthritis) and medicines taken after an organ transplant.",
          true,
        ),
        {
          id: "chemotherapy_radiotherapy",
          label: "Have you had chemotherapy or radiotherapy?",
          type: "choice",
          required: true,
          options: [
            { value: "never", label: "No, never" },
            { value: "past", label: "Yes, in the past" },
            { value: "current", label: "Yes, I'm having it at the moment" },
          ],
          followUps: [
            {
              when: "past",
              questions: [
                date("chemotherapy_last_treatment", "When was your last treatment?", APPROXIMATE),
              ],
            },
          ],
        },
      ],
    },
    {
      id: "medicines",
      title: "Medicines and allergies",
      questions: [
        {
          id: "isotretinoin",
          label: "Have you taken isotretinoin (Roaccutane), a medicine for acne?",
          type: "choice",
          required: true,
          options: [
            { value: "never", label: "No, never" },
            { value: "current", label: "Yes, I'm taking it at the moment" },
            { value: "stopped", label: "Yes, but I've stopped" },
          ],
          followUps: [
            {
              when: "stopped",
              questions: [
                date("isotretinoin_stopped_on", "When did you stop taking it?", APPROXIMATE),
              ],
            },
          ],
        },
        text(
          "other_medications",
          "Do you take any other medicines, creams or supplements?",
          "Including hair loss treatments such as minoxidil or finasteride, and steroid tablets or creams. Leave this blank if there are none.",
          false,
        ),
        yesNo(
          "allergies",
          "Do you have any allergies?",
          "To anything at all: for example tattoo ink, metals, latex, numbing creams or medicines.",
          true,
          [
            {
              when: true,
              questions: [
                {
                  id: "allergy_kinds",
                  label: "What are you allergic to?",
                  help: "Choose all that apply.",
                  type: "multi",
                  required: true,
                  options: [
                    { value: "pigment_or_ink", label: "Tattoo ink or pigment" },
                    {
                      value: "nickel_or_metals",
                      label: "Nickel or other metals (for example in jewellery)",
                    },
                    { value: "latex", label: "Latex (for example rubber gloves)" },
                    { value: "anaesthetic", label: "Local anaesthetic or numbing cream" },
                    { value: "other", label: "Something else" },
                  ],
                },
                text(
                  "allergy_details",
                  "Can you tell us more about your allergy?",
                  "Optional. For example what you react to and what happens.",
                  false,
                ),
              ],
            },
          ],
        ),
      ],
    },
    {
      id: "procedures",
      title: "Previous treatments",
      questions: [
        yesNo("hair_transplant", "Have you had a hair transplant?", undefined, true, [
          {
            when: true,
            questions: [
              date(
                "hair_transplant_date",
                "When was your most recent hair transplant?",
                APPROXIMATE,
              ),
            ],
          },
        ]),
        yesNo(
          "laser_removal",
          "Have you had laser removal of a tattoo or scalp micropigmentation on your scalp?",
          undefined,
          true,
          [
            {
              when: true,
              questions: [
                date("laser_removal_date", "When was your most recent laser session?", APPROXIMATE),
              ],
            },
          ],
        ),
        yesNo(
          "botox_filler",
          "Have you had Botox or filler in your forehead or scalp in the last few weeks?",
          undefined,
          true,
          [
            {
              when: true,
              questions: [date("botox_filler_date", "When was it done?", APPROXIMATE)],
            },
          ],
        ),
        yesNo(
          "previous_smp_or_tattoo",
          "Have you had scalp micropigmentation or a tattoo on your scalp before?",
          undefined,
          true,
          [
            {
              when: true,
              questions: [
                text(
                  "previous_smp_details",
                  "Can you tell us about it?",
                  "Optional. For example when and where it was done.",
                  false,
                ),
              ],
            },
          ],
        ),
      ],
    },
    {
      id: "today",
      title: "On the day of treatment",
      questions: [
        yesNo(
          "unwell_or_intoxicated_today",
          "Are you feeling unwell today, or have you had alcohol or recreational drugs in the last 24 hours?",
          "We ask this before every session. If the answer is yes, we will simply find you another day.",
          false,
        ),
        text(
          "changes_since_last_visit",
          "Has anything changed since your last visit?",
          "For example a new medicine, a new diagnosis or a procedure. Leave this blank if nothing has changed.",
          false,
        ),
      ],
    },
  ],
};

const QUESTIONNAIRES: readonly Questionnaire[] = [INTAKE_QUESTIONNAIRE];

/** The questionnaire answers were given against, or null for an unknown version. */
export function questionnaireByVersion(version: number): Questionnaire | null {
  return QUESTIONNAIRES.find((q) => q.version === version) ?? null;
}
