### Autour de chaque écran : lien d'évitement, en-tête, avis, proposition de mise à jour et pied de page.

skip-to-content = Aller au contenu
brand = netstyle
nav-main = Principal
nav-journal = Journal
nav-group = Comparer un groupe
colophon = netstyle fonctionne entièrement sur votre appareil. Rien de ce que vous répondez n’en sort.

dismiss = Fermer
cancel = Annuler

notice-unavailable = Votre navigateur ne permet pas à cette page d’enregistrer des données : votre progression sera perdue à sa fermeture.
notice-save-failed = Votre progression n’a pas pu être enregistrée, peut-être parce que l’espace de stockage est plein : elle sera perdue à la fermeture de cette page.
notice-corrupt = Des données enregistrées auparavant n’ont pas pu être lues, netstyle continue donc sans elles. Les données endommagées ont été mises de côté, pas supprimées.
notice-newer = Vos données enregistrées proviennent d’une version plus récente de netstyle. Elles n’ont pas été modifiées : cette page n’enregistre donc rien et votre progression sera perdue.
notice-questions-changed = Certaines questions ont changé depuis que vous avez commencé. Vos réponses aux questions toujours posées ont été conservées : vous pouvez reprendre d’ici.

update-available = Mise à jour disponible.
update-keeps-progress = Une nouvelle version de netstyle est prête. Vos réponses sont enregistrées : vous reprendrez là où vous en étiez.
update-loses-progress = Une nouvelle version de netstyle est prête. Ce navigateur ne conserve pas vos réponses : si vous mettez à jour maintenant, vous repartirez de zéro.
update-now = Mettre à jour
update-not-now = Plus tard
