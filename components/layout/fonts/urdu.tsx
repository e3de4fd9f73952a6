// Only the Arabic-script subset: Latin text on Urdu pages keeps Inter.
import "@fontsource/noto-nastaliq-urdu/arabic-400.css";

export default function UrduFont() {
  return null;
}
