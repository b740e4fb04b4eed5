/** Standard replies agents can pick in the console; an operator can replace them with LOKET_CANNED_REPLIES_FILE. */
export const DEFAULT_CANNED_REPLIES = [
  { title: 'Begroeting', text: 'Goedemiddag, u spreekt met een medewerker van de gemeente. Ik heb uw vraag gelezen. Ik help u graag verder.' },
  { title: 'Even zoeken', text: 'Ik zoek dit even voor u uit. Een ogenblik alstublieft.' },
  { title: 'Niet via chat', text: 'Dit kan ik niet via de chat regelen. Wilt u ons bellen op 14 0456? Dan helpen wij u verder.' },
  { title: 'Geen persoonsgegevens', text: 'Wilt u geen BSN of andere persoonlijke gegevens in de chat typen? Die hebben wij hier niet nodig.' },
  { title: 'Nog een vraag?', text: 'Kan ik u nog ergens anders mee helpen?' },
  { title: 'Afsluiten', text: 'Dank u wel voor uw vraag. Ik sluit het gesprek nu af. U kunt daarna weer vragen stellen aan de digitale assistent.' },
];
