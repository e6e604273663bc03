// AKN: Camunda Forms (form-js) in Tasklist 7.24 have no translation hook; their own messages
// ("Field is required.", "Select" …) are put into German as they appear. Our forms check
// dates and formats themselves and say so in German on the server, too.

const EXACT = {
  'Field is required.': 'Bitte füllen Sie dieses Feld aus.',
  'Field must be a valid email.': 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Bitte geben Sie eine gültige internationale Telefonnummer an (z. B. +4930664040900).',
  'Select': 'Bitte wählen',
  'Search': 'Suchen',
  'No results': 'Keine Treffer',
  'Date': 'Datum',
  'Time': 'Uhrzeit',
  // the buttons of a list (budget years, funding programmes)
  'Add new': 'Zeile hinzufügen',
  'Collapse': 'Einklappen'
};

const PATTERNS = [
  [/^Field must have maximum length of (\d+)\.$/, n => `Bitte höchstens ${n} Zeichen eingeben.`],
  [/^Field must have minimum length of (\d+)\.$/, n => `Bitte mindestens ${n} Zeichen eingeben.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Der Wert darf höchstens ${n.replace('.', ',')} sein.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Der Wert muss mindestens ${n.replace('.', ',')} sein.`],
  [/^Field must match pattern .*\.$/s, () => 'Die Eingabe hat nicht das erwartete Format (siehe Hinweis am Feld).'],
  [/^Expand all \((\d+)\)$/, n => `Alle ${n} Zeilen anzeigen`],
  [/^Remove list item (\d+)$/, n => `Zeile ${n} entfernen`]
];

/** The German text for a form-js text, or null if it is not one of form-js' own. */
export function translate(text) {
  const trimmed = (text || '').trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return EXACT[trimmed];
  }
  for (const [pattern, german] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return german(match[1]);
    }
  }
  return null;
}

function translateNode(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest('.fjs-container')) {
      const german = translate(node.nodeValue);
      if (german) {
        node.nodeValue = german;
      }
    }
  }
  for (const attribute of ['placeholder', 'aria-label']) {
    root.querySelectorAll?.(`.fjs-container [${attribute}]`).forEach(element => {
      const german = translate(element.getAttribute(attribute));
      if (german) {
        element.setAttribute(attribute, german);
      }
    });
  }
}

if (typeof document !== 'undefined' && !window.aknFormTexts) {
  window.aknFormTexts = new MutationObserver(records => {
    for (const record of records) {
      if (record.type === 'characterData') {
        const german = translate(record.target.nodeValue);
        if (german && record.target.parentElement?.closest('.fjs-container')) {
          record.target.nodeValue = german;
        }
      } else {
        record.addedNodes.forEach(node => node.nodeType === 1 ? translateNode(node)
          : node.nodeType === 3 && node.parentElement && translateNode(node.parentElement));
      }
    }
  });
  window.aknFormTexts.observe(document.body, { childList: true, subtree: true, characterData: true });
}

export default [];
