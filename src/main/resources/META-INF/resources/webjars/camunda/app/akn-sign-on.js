// AKN: with single sign-on (profile oidc) the webapps' logout link ends the session at the provider too
// (/logout; Camunda's own logout would only end the webapp's session and show its password form),
// and the password form is never shown: a person whose session ended goes to the provider's login again.
// Without single sign-on nothing changes. Loaded by every webapp's config.js.
fetch('/api/public/sign-on', {headers: {Accept: 'application/json'}})
  .then(response => (response.ok ? response.json() : {}))
  .then(signOn => {
    if (!signOn.singleSignOn) {
      return;
    }
    const toLogin = () => {
      if (window.location.hash.includes('login')) {
        window.location.href = signOn.login;
      }
    };
    toLogin();
    window.addEventListener('hashchange', toLogin);

    const replaceLogout = () => {
      const item = document.querySelector('li.account li.logout');
      if (!item) {
        return false;
      }
      const old = item.getElementsByTagName('a')[0];
      const link = old.cloneNode(true); // without Camunda's click handler
      link.href = signOn.logout;
      item.replaceChild(link, old);
      return true;
    };
    if (!replaceLogout()) {
      const observer = new MutationObserver(() => replaceLogout() && observer.disconnect());
      observer.observe(document, {childList: true, subtree: true});
    }
  })
  .catch(error => console.error(error));
