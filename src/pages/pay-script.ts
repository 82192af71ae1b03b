/**
 * The pay page's only script. It tells the person what is happening when they tap on, and keeps a
 * tab left behind by an app switch honest: whenever the tab is shown again (visibilitychange,
 * focus, pageshow from the back/forward cache) it asks the status endpoint and shows the new state
 * without a reload. The page works without it.
 */
export const PAY_SCRIPT = `(()=>{const m=document.querySelector("main"),u=m.dataset.status;let s=m.dataset.state;
const show=t=>{s=t;for(const e of document.querySelectorAll("[data-when]"))e.hidden=e.dataset.when!==t};
const check=async()=>{try{const r=await fetch(u,{cache:"no-store"});if(r.ok){const j=await r.json();if(j.status!==s)show(j.status)}}catch{}};
const go=document.getElementById("go");if(go)go.addEventListener("click",()=>{document.getElementById("opening").hidden=false});
addEventListener("focus",check);addEventListener("pageshow",e=>{if(e.persisted)check()});
document.addEventListener("visibilitychange",()=>{if(document.visibilityState==="visible")check()});})();`;
