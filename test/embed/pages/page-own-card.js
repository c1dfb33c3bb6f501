// A page that already has its own <event-card> (an older widget, another library).
class PageOwnCard extends HTMLElement {
  connectedCallback() {
    this.dataset.ownedBy = 'page';
  }
}
window.PageOwnCard = PageOwnCard;
customElements.define('event-card', PageOwnCard);
