// « Mes dossiers » in Tasklist's header, for every logged-in user (the header shows its actions only then):
// a plain link to the project's page /mes-dossiers, reachable with Tab like the header's other actions.
// Loaded by config.js (customScripts) as a Tasklist plugin of the point tasklist.navbar.action; priority 400: first
// of the header's actions (keyboard shortcuts are 300, « Démarrer un processus » 100).
export default {
  id: 'engagements-mes-dossiers',
  pluginPoint: 'tasklist.navbar.action',
  priority: 400,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/mes-dossiers';
    link.className = 'engagements-mes-dossiers';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-folder-open';
    icon.setAttribute('aria-hidden', 'true');
    link.appendChild(icon);
    link.appendChild(document.createTextNode(' Mes dossiers'));
    node.appendChild(link);
  }
};
