import "@fontsource-variable/vazirmatn/wght.css";

export default function FarsiFont() {
  return null;
}
