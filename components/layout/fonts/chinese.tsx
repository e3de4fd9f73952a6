// ~100 @font-face rules, each a unicode-range slice: the browser fetches only the slices a page uses.
import "@fontsource/noto-sans-sc/400.css";

export default function ChineseFont() {
  return null;
}
