// AKN: Tasklist tab "Maßnahme" on every task of a measure (plugin point tasklist.task.detail).
// On the contribution and draft tasks of an event or brochure it also uploads files
// (POST /api/measures/{reference}/files with the webapp session and its CSRF token, ADR 0006).
import { load, renderDossier, escape, fileSize } from './dossier.js';

const UPLOADS = {
  Task_Contribution: { kind: 'CONTRIBUTION', label: 'Datei zu Ihrem Beitrag hochladen' },
  Task_UploadDraft: { kind: 'DRAFT', label: 'Entwurf hochladen' }
};

function csrfToken() {
  const match = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : '';
}

async function send(reference, kind, file) {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/measures/' + encodeURIComponent(reference) + '/files?kind=' + kind, {
    method: 'POST', credentials: 'same-origin', body,
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': csrfToken() }
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.detail || 'Die Datei konnte nicht hochgeladen werden (HTTP ' + response.status + ').');
  }
  return answer;
}

function renderUpload(node, reference, task) {
  const upload = UPLOADS[task.taskDefinitionKey];
  if (!upload) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'akn-dossier akn-upload';
  box.innerHTML = `<h4>${escape(upload.label)}</h4>
    <p>PDF, PNG, JPEG oder DOCX. Die Datei wird bei der Maßnahme gespeichert; die beteiligten Kommunen und die
      Koordination können sie lesen.</p>
    <input type="file" class="akn-upload-file" accept=".pdf,.png,.jpg,.jpeg,.docx">
    <button type="button" class="btn btn-default akn-upload-button">Hochladen</button>
    <p class="akn-upload-result" role="status"></p>`;
  node.prepend(box);
  const result = box.querySelector('.akn-upload-result');
  box.querySelector('.akn-upload-button').addEventListener('click', () => {
    const file = box.querySelector('.akn-upload-file').files[0];
    if (!file) {
      result.textContent = 'Bitte wählen Sie zuerst eine Datei aus.';
      return;
    }
    result.textContent = 'Die Datei wird hochgeladen …';
    send(reference, upload.kind, file)
      .then(stored => { result.textContent = 'Hochgeladen: ' + stored.name + ' (' + fileSize(stored.size) + ').'; })
      .catch(error => { result.textContent = error.message; });
  });
}

export default [{
  id: 'akn-measure-dossier',
  pluginPoint: 'tasklist.task.detail',
  priority: -10,
  properties: { label: 'Maßnahme' },
  render: (node, { taskId }) => {
    node.innerHTML = '<p class="akn-dossier">Die Maßnahme wird geladen …</p>';
    Promise.all([load('/api/overview/tasks/' + encodeURIComponent(taskId) + '/dossier'),
      load('/camunda/api/engine/engine/default/task/' + encodeURIComponent(taskId)).catch(() => null)])
      .then(([dossier, task]) => {
        if (dossier) {
          renderDossier(node, dossier);
          if (task) {
            renderUpload(node, dossier.reference, task);
          }
        } else {
          node.innerHTML = '<p class="akn-dossier">Zu dieser Aufgabe gehört keine Maßnahme.</p>';
        }
      })
      .catch(error => {
        node.innerHTML = '<p class="akn-dossier">Die Maßnahme konnte nicht geladen werden ('
          + escape(error.message) + ').</p>';
      });
  }
}];
