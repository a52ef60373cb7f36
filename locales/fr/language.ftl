### Le menu des langues autour de chaque écran et le titre de la page.

language-menu = Langue
language-name = Français
language-changed = netstyle est maintenant en français.
language-needs-connection = Pour télécharger cette langue, netstyle doit être connecté à Internet une fois. Rien n’a changé : réessayez quand vous serez en ligne.
page-title = netstyle : quel est votre style de networking ?
page-description = Un quiz de cinq minutes qui vous indique votre style de networking ({ -style-pro }, { -style-rookie }, { -style-imposter } ou { -style-mensch }) et vous propose une liste de conseils à cocher. Tout se passe sur votre appareil ; rien n’est envoyé nulle part.
