// A stand-in for the app's UI layer.
export function showBanner(text: string): void {
  document.querySelector('#banner')?.replaceChildren(text);
}
