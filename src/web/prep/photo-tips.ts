import type { PhotoView } from "../../shared/contracts/photos.ts";

/** The client's own words for each view: what to show, and how to get a clear shot. */
export const prepViews: Record<PhotoView, { title: string; frame: string; tips: string[] }> = {
  front_hairline: {
    title: "Front hairline",
    frame: "Face the camera with your chin level. Your whole hairline should sit inside the arc.",
    tips: [
      "Stand facing a window or a bright lamp, so your face is evenly lit.",
      "Push your hair back off your forehead, dry and without product.",
      "Hold the phone at arm's length, level with your eyes.",
    ],
  },
  left_temple: {
    title: "Left temple",
    frame: "Turn your head to the right so we see your left side, ear on the outline.",
    tips: [
      "Keep the light in front of you, not behind.",
      "Hold the phone at arm's length, level with your ear.",
      "It is easier if someone takes this one for you.",
    ],
  },
  right_temple: {
    title: "Right temple",
    frame: "Turn your head to the left so we see your right side, ear on the outline.",
    tips: [
      "Keep the light in front of you, not behind.",
      "Hold the phone at arm's length, level with your ear.",
      "It is easier if someone takes this one for you.",
    ],
  },
  top: {
    title: "Top of the head",
    frame: "Tilt your head down. The top of your head fills the oval, forehead at the top.",
    tips: [
      "Stand under a ceiling light so the top of your head is bright.",
      "Hold the phone above your head at arm's length, screen facing down, or ask someone to help.",
      "Hair short or dry and without product shows the most.",
    ],
  },
  crown: {
    title: "Crown",
    frame: "From above and behind: the crown (where your hair swirls) in the centre circle.",
    tips: [
      "Ask someone to help: the crown is hard to photograph yourself.",
      "Or use a mirror behind you and photograph its reflection.",
      "Good overhead light makes the difference.",
    ],
  },
  back: {
    title: "Back of the head",
    frame: "From behind, with your ears level with the line and your neck at the bottom.",
    tips: [
      "Ask someone to help, or use two mirrors.",
      "Keep your head straight, not tilted.",
      "Hold the phone at arm's length, level with the back of your head.",
    ],
  },
  scar: {
    title: "Scars (optional)",
    frame: "Hold the phone square to the scar, centred in the band.",
    tips: [
      "Only if you have scars you would like the clinic to see, for example from a transplant.",
      'Say where each one is, such as "Strip scar across the back".',
      "Close enough to see the scar clearly, in good light.",
    ],
  },
};
